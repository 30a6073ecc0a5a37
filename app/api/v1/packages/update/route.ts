import { apiJson, apiRoute } from '@/lib/api/api-route';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { toApiPackage } from '@/lib/api/package-status';
import {
  getPackageFactsOrThrow,
  statusViewOf,
} from '@/lib/api/packages/get-package-facts-or-throw';
import { updatePackage } from '@/lib/api/packages/update-package';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZUpdatePackageRequest } from '@/lib/api/schemas/package-input';
import { ZPackageAnswer } from '@/lib/api/schemas/package-output';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/update – changes the fields given, as the package's state allows. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZUpdatePackageRequest, await readJsonBody(request), 'package');

  await updatePackage(context, input);

  const pkg = input.returnPackage
    ? toApiPackage(await getPackageFactsOrThrow(context, input.packageId), statusViewOf(context))
    : null;

  return apiJson(ZPackageAnswer.parse({ packageId: input.packageId, package: pkg }));
});
