import { now } from '@/lib/clock';
import { loadPackageListData } from '@/lib/dashboard/package-list-data';
import { parsePackageListFilters } from '@/lib/dashboard/package-list-filters';
import { getPortalDatabase } from '@/lib/db';
import { memberJson, memberJsonRoute } from '@/lib/http/member-json-route';

export const dynamic = 'force-dynamic';

/** GET /dashboard/packages/data – the package list's counts and page, for its live refresh. */
export const GET = memberJsonRoute(async (request, member) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parsePackageListFilters(params);
  const database = await getPortalDatabase();

  return memberJson(await loadPackageListData(database, member.organizationId, filters, now()));
});
