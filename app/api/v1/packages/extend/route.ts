import { apiJson, apiRoute } from '@/lib/api/api-route';
import { extendPackage } from '@/lib/api/packages/package-lifecycle';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZPackageIdAnswer } from '@/lib/api/schemas/package-output';
import { ZExtendPackageRequest } from '@/lib/api/schemas/package-input';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/extend – moves a package's deadline later and opens it again. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZExtendPackageRequest, await readJsonBody(request), 'package');

  await extendPackage(context, input);

  return apiJson(ZPackageIdAnswer.parse({ packageId: input.packageId }));
});
