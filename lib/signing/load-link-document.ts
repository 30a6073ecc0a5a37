import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

/**
 * The original PDF of one document of a package, or null when the document is not part of
 * that package. The caller has already checked the link that names the package.
 */
export async function loadPackageDocumentFile(
  db: Kysely<Database>,
  packageId: string,
  documentId: string,
) {
  const row = await db
    .selectFrom('documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.file_name as fileName', 'f.content as content', 'f.sha256 as sha256'])
    .where('d.package_id', '=', packageId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();

  return row ?? null;
}
