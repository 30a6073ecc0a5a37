import { publicUrl } from '@/lib/config/public-url';
import { serverSecret } from '@/lib/config/server-secret';
import { loadPackageFacts, type PackageFacts } from '@/lib/packages/load-package-facts';

import { notFound } from '../api-error';
import type { ApiContext } from '../api-route';
import type { StatusView } from '../package-status';

/** A package of the caller's organization, or `package_not_found` (404). */
export async function getPackageFactsOrThrow(
  context: ApiContext,
  packageId: string,
): Promise<PackageFacts> {
  const facts = await loadPackageFacts(context.db, context.caller.organizationId, packageId);
  if (!facts) throw notFound('package', packageId);

  return facts;
}

/** How this request shows a status: its clock, its API version, and the portal's address. */
export function statusViewOf(context: ApiContext): StatusView {
  return {
    now: context.now,
    apiVersion: context.apiVersion,
    secret: serverSecret(),
    baseUrl: publicUrl(),
  };
}
