import { apiJson, apiRoute } from '@/lib/api/api-route';
import { deletePackage } from '@/lib/api/packages/package-lifecycle';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZPackageIdAnswer } from '@/lib/api/schemas/package-output';
import { ZDeletePackageRequest } from '@/lib/api/schemas/package-input';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/delete – removes a package; every one of its tokens stops working. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZDeletePackageRequest, await readJsonBody(request), 'package');

  await deletePackage(context, input);

  return apiJson(ZPackageIdAnswer.parse({ packageId: input.packageId }));
});
