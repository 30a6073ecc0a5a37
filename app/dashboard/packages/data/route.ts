import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { countPackagesByState } from '@/lib/dashboard/count-packages-by-state';
import { listPackages } from '@/lib/dashboard/list-packages';
import { PAGE_SIZE, parsePackageListFilters } from '@/lib/dashboard/package-list-filters';
import { getPortalDatabase } from '@/lib/db';

export const dynamic = 'force-dynamic';

/**
 * GET /dashboard/packages/data – one page of the member's package list as JSON, under the same
 * filters and address parameters as /dashboard (`state`, `type`, `q`, `sort`, `page`), with
 * the counts by state, the total of the list shown and the instant it was read (relative times
 * count from it). Scoped to the member's organization.
 */
export async function GET(request: Request) {
  const [member, database] = await Promise.all([requireMember(), getPortalDatabase()]);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters, problems } = parsePackageListFilters(params);
  const now = clockNow();

  const [counts, items] = await Promise.all([
    countPackagesByState(database, member.organizationId, filters, now),
    listPackages(database, member.organizationId, filters, now),
  ]);

  return Response.json(
    {
      now: now.toISOString(),
      filters,
      problems,
      pageSize: PAGE_SIZE,
      total: filters.state ? counts[filters.state] : counts.all,
      counts,
      items,
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
