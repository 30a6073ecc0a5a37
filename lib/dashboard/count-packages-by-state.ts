import { sql } from 'kysely';

import type { PortalDatabase } from '@/lib/db/engine';

import { UNKNOWN_STATE, type ListedState, type PackageListFilters } from './package-list-filters';
import { listClock, organizationPackages, pastDeadline } from './package-list-query';

export type PackageCounts = Record<ListedState, number> & { all: number };

/**
 * How many of the organization's packages are in each state now, under the list's type and
 * search filters, in one query. Each count is the total of the list its state filter shows:
 * an open package past its deadline counts as expired, as `inListedState` lists it.
 */
export async function countPackagesByState(
  database: PortalDatabase,
  organizationId: string,
  filters: Pick<PackageListFilters, 'type' | 'search'>,
  now: Date,
): Promise<PackageCounts> {
  const clock = listClock(now);

  // Grouped by the stored state, which the index holds in order; only open packages need the
  // deadline looked at, so one sum per group says how many of them have passed it.
  const rows = await organizationPackages(database, organizationId, filters)
    .select((eb) => [
      'p.state',
      eb.fn.countAll<number | string>().as('packages'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when(pastDeadline(eb, clock)).then(sql.lit(1)).else(sql.lit(0)).end(),
        )
        .as('pastDeadline'),
    ])
    .groupBy('p.state')
    .execute();

  const counts: PackageCounts = {
    all: 0,
    draft: 0,
    open: 0,
    executed: 0,
    expired: 0,
    rescinded: 0,
    unknown: 0,
  };
  for (const row of rows) {
    const packages = Number(row.packages);
    const past = Number(row.pastDeadline ?? 0);

    counts.all += packages;

    switch (row.state) {
      case 'open':
        counts.open += packages - past;
        counts.expired += past;
        break;
      case 'draft':
      case 'executed':
      case 'expired':
      case 'rescinded':
        counts[row.state] += packages;
        break;
      default:
        counts[UNKNOWN_STATE] += packages;
    }
  }

  return counts;
}
