import { apiJson, apiRoute } from '@/lib/api/api-route';
import { formatApiInstant } from '@/lib/api/api-time';
import { apiPackageState, parseExternalData } from '@/lib/api/package-status';
import { listPackages } from '@/lib/api/packages/list-packages';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZListPackagesRequest } from '@/lib/api/schemas/list-packages-input';
import { ZPackageList, type TPackageListItem } from '@/lib/api/schemas/package-output';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/list – the organization's packages that match the filters, paged. */
export const POST = apiRoute(async (request, context) => {
  const filters = parseApiInput(ZListPackagesRequest, await readJsonBody(request), 'package');
  const { rows, total } = await listPackages(context.db, context.caller, filters, context.now);

  const items = rows.map((pkg): TPackageListItem => ({
    packageId: pkg.id,
    memberId: pkg.member_id,
    name: pkg.name,
    type: pkg.type,
    state: apiPackageState(pkg, context),
    timeSignBy: formatApiInstant(pkg.time_sign_by),
    timeCreated: formatApiInstant(pkg.created_at),
    isExecuted: pkg.state === 'executed',
    externalData: parseExternalData(pkg.external_data),
  }));

  return apiJson(ZPackageList.parse({ items, total, take: filters.take, skip: filters.skip }));
});
