import { apiJson, apiRoute } from '@/lib/api/api-route';
import { sendPackage } from '@/lib/api/packages/package-lifecycle';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZPackageIdAnswer } from '@/lib/api/schemas/package-output';
import { ZPackageIdRequest } from '@/lib/api/schemas/package-input';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/send – opens a draft package and invites its signers. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZPackageIdRequest, await readJsonBody(request), 'package');

  await sendPackage(context, input.packageId);

  return apiJson(ZPackageIdAnswer.parse({ packageId: input.packageId }));
});
