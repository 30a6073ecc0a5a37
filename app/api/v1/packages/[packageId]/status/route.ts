import { apiJson, apiRoute } from '@/lib/api/api-route';
import { toPackageStatus } from '@/lib/api/package-status';
import {
  getPackageFactsOrThrow,
  statusViewOf,
} from '@/lib/api/packages/get-package-facts-or-throw';

export const dynamic = 'force-dynamic';

/** GET /api/v1/packages/{packageId}/status – the status object, revision by revision. */
export const GET = apiRoute<{ packageId: string }>(async (_request, context, { packageId }) => {
  const facts = await getPackageFactsOrThrow(context, packageId);

  return apiJson(toPackageStatus(facts, statusViewOf(context)));
});
