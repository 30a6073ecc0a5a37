import { apiJson, apiRoute } from '@/lib/api/api-route';
import { parseApiInput } from '@/lib/api/parse-api-input';
import { toApiPackage } from '@/lib/api/package-status';
import { addPackage } from '@/lib/api/packages/add-package';
import {
  getPackageFactsOrThrow,
  statusViewOf,
} from '@/lib/api/packages/get-package-facts-or-throw';
import { readJsonBody } from '@/lib/api/read-request-body';
import { ZAddPackageRequest } from '@/lib/api/schemas/package-input';
import { ZPackageAnswer } from '@/lib/api/schemas/package-output';
import { serverSecret } from '@/lib/config/server-secret';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/add – creates a package from uploaded files and its signers. */
export const POST = apiRoute(async (request, context) => {
  const input = parseApiInput(ZAddPackageRequest, await readJsonBody(request), 'package');

  const packageId = await addPackage(context.db, input, {
    ...context,
    ...context.metadata,
    secret: serverSecret(),
  });

  const pkg = input.returnPackage
    ? toApiPackage(await getPackageFactsOrThrow(context, packageId), statusViewOf(context))
    : null;

  return apiJson(ZPackageAnswer.parse({ packageId, package: pkg }));
});
