'use client';

import Link from 'next/link';

import type { PackageListData } from '@/lib/dashboard/package-list-data';
import {
  packageListHref,
  PAGE_SIZE,
  type PackageListFilters,
} from '@/lib/dashboard/package-list-filters';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { StaleNotice } from './live-notice';
import { PackageListItem } from './package-list-item';
import { Pagination } from './pagination';
import { StateCounts } from './state-counts';
import { useLiveData } from './use-live-data';

interface LivePackageListProps {
  filters: PackageListFilters;
  /** The server's render of the list, shown first. */
  initial: PackageListData;
  viewer: ViewerContext;
  profileTimeZone: string | null;
  /** The filters' form, shown between the counts and the list. */
  children: React.ReactNode;
}

/**
 * The counts by state and one page of packages, refreshed while the list is open, so the
 * owner sees signatures come in without reloading.
 */
export function LivePackageList(props: LivePackageListProps) {
  const { filters, initial, viewer, profileTimeZone, children } = props;
  const url = packageListHref(filters, { page: filters.page }).replace(
    /^\/dashboard/,
    '/dashboard/packages/data',
  );
  const { data, clock, stale } = useLiveData(url, initial, { viewer, profileTimeZone });
  const { counts, total, items } = data;
  const first = (filters.page - 1) * PAGE_SIZE + 1;
  const filtered = filters.search !== '' || filters.type !== null || filters.state !== null;

  return (
    <>
      <StateCounts counts={counts} filters={filters} />
      {children}

      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {items.length > 0
            ? `Showing ${first}–${first + items.length - 1} of ${total} ${total === 1 ? 'package' : 'packages'}`
            : 'No packages to show'}
        </h2>
        <StaleNotice stale={stale} />

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
            ) : (
              <Link href="/dashboard/packages/new" className="font-medium underline">
                Create a package
              </Link>
            )}
          </div>
        )}

        <Pagination filters={filters} total={total} />
      </section>
    </>
  );
}
