import type { PortalDatabase } from '@/lib/db/engine';

import { countPackagesByState, type PackageCounts } from './count-packages-by-state';
import { listPackages, type PackageListItem } from './list-packages';
import type { PackageListFilters } from './package-list-filters';

/** Everything the package list shows that changes as packages progress. */
export interface PackageListData {
  /** The instant the data was read, ISO 8601 in UTC; relative times are counted from it. */
  now: string;
  counts: PackageCounts;
  /** How many packages the list under these filters holds, on all its pages. */
  total: number;
  items: PackageListItem[];
}

/**
 * One page of the organization's packages under the list's filters with the counts by state,
 * as the list page renders it first and as it refreshes while open.
 */
export async function loadPackageListData(
  database: PortalDatabase,
  organizationId: string,
  filters: PackageListFilters,
  now: Date,
): Promise<PackageListData> {
  const [counts, items] = await Promise.all([
    countPackagesByState(database, organizationId, filters, now),
    listPackages(database, organizationId, filters, now),
  ]);

  return {
    now: now.toISOString(),
    counts,
    total: filters.state ? counts[filters.state] : counts.all,
    items,
  };
}
