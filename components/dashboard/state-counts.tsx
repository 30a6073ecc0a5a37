import Link from 'next/link';

import type { PackageCounts } from '@/lib/dashboard/count-packages-by-state';
import {
  LISTED_STATES,
  packageListHref,
  UNKNOWN_STATE,
  type ListedState,
  type PackageListFilters,
} from '@/lib/dashboard/package-list-filters';
import { packageStateLabel } from '@/lib/domain/package-states';

interface StateCountsProps {
  counts: PackageCounts;
  filters: PackageListFilters;
}

/**
 * How many packages are in each state, each a link to the list of exactly those packages.
 * "Unknown" appears only when some package is in a state this version does not know.
 */
export function StateCounts({ counts, filters }: StateCountsProps) {
  const entries: [ListedState | null, string, number][] = [
    [null, 'All', counts.all],
    ...LISTED_STATES.map((state): [ListedState, string, number] => [
      state,
      packageStateLabel(state),
      counts[state],
    ]),
  ];
  if (counts.unknown > 0) entries.push([UNKNOWN_STATE, 'Unknown', counts.unknown]);

  return (
    <nav aria-label="Packages by state">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {entries.map(([state, label, count]) => {
          const current = filters.state === state;

          return (
            <li key={state ?? 'all'}>
              <Link
                href={packageListHref(filters, { state })}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-11 flex-col justify-center rounded-lg border px-3 py-2 ${
                  current
                    ? 'border-blue-700 bg-blue-50 text-blue-950 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-50'
                    : 'border-slate-200 bg-white hover:bg-slate-50 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800'
                }`}
              >
                <span className="text-2xl font-semibold tabular-nums" data-count={count}>
                  {count}
                </span>
                <span className="text-sm">{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
