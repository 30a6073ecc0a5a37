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

/**
 * The signed PDF of a document as the link's signer may download it: their own signed copy in
 * a Group Send, otherwise the document with every signature made on it.
 */
export async function loadSignedDocumentFile(
  db: Kysely<Database>,
  link: { packageId: string; signerId: string; package: { type: string } },
  documentId: string,
) {
  const query = db
    .selectFrom('documents as d')
    .where('d.package_id', '=', link.packageId)
    .where('d.id', '=', documentId);

  const row =
    link.package.type === 'Counterpart'
      ? await query
          .innerJoin('revisions as r', 'r.document_id', 'd.id')
          .innerJoin('files as f', 'f.id', 'r.signed_file_id')
          .select(['d.file_name as fileName', 'f.content as content', 'f.sha256 as sha256'])
          .where('r.signer_id', '=', link.signerId)
          .executeTakeFirst()
      : await query
          .innerJoin('files as f', 'f.id', 'd.current_file_id')
          .select(['d.file_name as fileName', 'f.content as content', 'f.sha256 as sha256'])
          .executeTakeFirst();

  return row ?? null;
}
