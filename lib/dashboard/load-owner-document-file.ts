import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

/**
 * The original PDF of one document, when both the package and the document belong to the
 * member's organization; null otherwise, so another organization's file is never served.
 */
export async function loadOwnerDocumentFile(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
  documentId: string,
) {
  const row = await db
    .selectFrom('documents as d')
    .innerJoin('packages as p', 'p.id', 'd.package_id')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.file_name as fileName', 'f.content as content', 'f.sha256 as sha256'])
    .where('p.organization_id', '=', organizationId)
    .where('f.organization_id', '=', organizationId)
    .where('p.id', '=', packageId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();

  return row ?? null;
}
