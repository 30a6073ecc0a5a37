import { apiJson, apiRoute } from '@/lib/api/api-route';
import { rescindPackage } from '@/lib/api/packages/package-lifecycle';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZPackageIdAnswer } from '@/lib/api/schemas/package-output';
import { ZRescindPackageRequest } from '@/lib/api/schemas/package-input';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/rescind – cancels an open or expired package. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZRescindPackageRequest, await readJsonBody(request), 'package');

  await rescindPackage(context, input);

  return apiJson(ZPackageIdAnswer.parse({ packageId: input.packageId }));
});
