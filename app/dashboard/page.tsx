import type { Metadata } from 'next';
import Link from 'next/link';

import { LivePackageList } from '@/components/dashboard/live-package-list';
import { PackageFilters } from '@/components/dashboard/package-filters';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { OWNER_NOTICES } from '@/lib/dashboard/owner-actions';
import { loadPackageListData } from '@/lib/dashboard/package-list-data';
import { parsePackageListFilters } from '@/lib/dashboard/package-list-filters';
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
  const initial = await loadPackageListData(database, member.organizationId, filters, clockNow());

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Packages</h1>
        <Link
          href="/dashboard/packages/new"
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-700 px-4 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          New package
        </Link>
      </div>

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

      <LivePackageList
        filters={filters}
        initial={initial}
        viewer={viewer}
        profileTimeZone={member.timeZone}
      >
        <PackageFilters filters={filters} />
      </LivePackageList>
    </div>
  );
}
