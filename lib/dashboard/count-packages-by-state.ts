import { sql, type Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

import {
  LISTED_STATES,
  UNKNOWN_STATE,
  type ListedState,
  type PackageListFilters,
} from './package-list-filters';
import { inListedState, listClock, organizationPackages } from './package-list-query';

export type PackageCounts = Record<ListedState, number> & { all: number };

const COUNTED: ListedState[] = [...LISTED_STATES, UNKNOWN_STATE];

/**
 * How many of the organization's packages are in each state now, under the list's type and
 * search filters, in one query. Each count is the total of the list its state filter shows.
 */
export async function countPackagesByState(
  db: Kysely<Database>,
  organizationId: string,
  filters: Pick<PackageListFilters, 'type' | 'search'>,
  now: Date,
): Promise<PackageCounts> {
  const clock = listClock(now);

  const row = await organizationPackages(db, organizationId, filters)
    .select((eb) => [
      eb.fn.countAll<number | string>().as('all'),
      ...COUNTED.map((state) =>
        eb.fn
          .sum<number | string | null>(
            eb
              .case()
              .when(inListedState(eb, state, clock))
              .then(sql.lit(1))
              .else(sql.lit(0))
              .end(),
          )
          .as(state),
      ),
    ])
    .executeTakeFirstOrThrow();

  const count = (state: ListedState) => Number(row[state] ?? 0);

  return {
    all: Number(row.all),
    draft: count('draft'),
    open: count('open'),
    executed: count('executed'),
    expired: count('expired'),
    rescinded: count('rescinded'),
    unknown: count(UNKNOWN_STATE),
  };
}
