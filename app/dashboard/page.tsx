import type { Metadata } from 'next';
import Link from 'next/link';

import type { OwnerClock } from '@/components/dashboard/owner-clock';
import { PackageFilters } from '@/components/dashboard/package-filters';
import { PackageListItem } from '@/components/dashboard/package-list-item';
import { Pagination } from '@/components/dashboard/pagination';
import { StateCounts } from '@/components/dashboard/state-counts';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { countPackagesByState } from '@/lib/dashboard/count-packages-by-state';
import { listPackages } from '@/lib/dashboard/list-packages';
import { OWNER_NOTICES } from '@/lib/dashboard/owner-actions';
import {
  packageListHref,
  PAGE_SIZE,
  parsePackageListFilters,
} from '@/lib/dashboard/package-list-filters';
import { getPortalDatabase } from '@/lib/db';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Packages' };

interface DashboardPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** GET /dashboard – every package of the organization, how far each has got, and filters. */
export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  const [member, database, viewer, params] = await Promise.all([
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
    searchParams,
  ]);
  const { filters, problems } = parsePackageListFilters(params);
  const now = clockNow();

  const [counts, items] = await Promise.all([
    countPackagesByState(database, member.organizationId, filters, now),
    listPackages(database, member.organizationId, filters, now),
  ]);
  const total = filters.state ? counts[filters.state] : counts.all;
  const clock: OwnerClock = { now, viewer, profileTimeZone: member.timeZone };
  const first = (filters.page - 1) * PAGE_SIZE + 1;
  const filtered = filters.search !== '' || filters.type !== null || filters.state !== null;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Packages</h1>

      {params.notice === 'deleted' ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {OWNER_NOTICES.deleted}
        </p>
      ) : null}

      {problems.length > 0 ? (
        <div
          role="status"
          className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
        >
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}

      <StateCounts counts={counts} filters={filters} />
      <PackageFilters filters={filters} />

      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {items.length > 0
            ? `Showing ${first}–${first + items.length - 1} of ${total} ${total === 1 ? 'package' : 'packages'}`
            : 'No packages to show'}
        </h2>

        {items.length > 0 ? (
          <ol
            aria-label="Packages"
            className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          >
            {items.map((item) => (
              <PackageListItem key={item.packageId} item={item} clock={clock} />
            ))}
          </ol>
        ) : (
          <div className="space-y-2 rounded-xl border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
            <p>
              {total > 0
                ? `This page is past the end of the list of ${total}.`
                : filtered
                  ? 'No package matches these filters.'
                  : 'Your organization has no packages yet.'}
            </p>
            {total > 0 ? (
              <Link href={packageListHref(filters, {})} className="font-medium underline">
                Go to the first page
              </Link>
            ) : filtered ? (
              <Link href="/dashboard" className="font-medium underline">
                Show every package
              </Link>
            ) : null}
          </div>
        )}

        <Pagination filters={filters} total={total} />
      </section>
    </div>
  );
}
