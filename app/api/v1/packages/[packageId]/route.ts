import { apiJson, apiRoute } from '@/lib/api/api-route';
import { toApiPackage } from '@/lib/api/package-status';
import {
  getPackageFactsOrThrow,
  statusViewOf,
} from '@/lib/api/packages/get-package-facts-or-throw';

export const dynamic = 'force-dynamic';

/** GET /api/v1/packages/{packageId} – the full package. */
export const GET = apiRoute<{ packageId: string }>(async (_request, context, { packageId }) => {
  const facts = await getPackageFactsOrThrow(context, packageId);

  return apiJson(toApiPackage(facts, statusViewOf(context)));
});
