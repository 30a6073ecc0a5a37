import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { isDocumentExecuted } from '@/lib/domain/turns';

export interface OwnerSignedFile {
  content: Uint8Array;
  fileName: string;
  sha256: string;
}

/**
 * The signed PDF of one document of the member's organization: the whole document once every
 * signer has signed it, or, in a Group Send (`Counterpart`), the copy one signer signed. Null
 * when there is no such document in the organization or it is not signed yet, so another
 * organization's file is never served.
 */
export async function loadOwnerSignedFile(
  db: Kysely<Database>,
  organizationId: string,
  target: { packageId: string; documentId: string; signerId?: string | null },
): Promise<OwnerSignedFile | null> {
  const document = await db
    .selectFrom('documents as d')
    .innerJoin('packages as p', 'p.id', 'd.package_id')
    .select(['d.file_name as fileName', 'd.current_file_id as currentFileId', 'p.type as type'])
    .where('p.organization_id', '=', organizationId)
    .where('p.id', '=', target.packageId)
    .where('d.id', '=', target.documentId)
    .executeTakeFirst();
  if (!document) return null;

  const revisions = await db
    .selectFrom('revisions')
    .select(['id as revisionId', 'signer_id as signerId', 'signed_at as signedAt'])
    .select('signed_file_id as signedFileId')
    .where('document_id', '=', target.documentId)
    .execute();

  const fileId =
    document.type === 'Counterpart'
      ? revisions.find((revision) => revision.signerId === target.signerId)?.signedFileId
      : isDocumentExecuted(revisions.map((r) => ({ ...r, documentId: target.documentId })))
        ? document.currentFileId
        : null;
  if (!fileId) return null;

  const file = await db
    .selectFrom('files')
    .select(['content', 'sha256'])
    .where('id', '=', fileId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();

  return file ? { content: file.content, sha256: file.sha256, fileName: document.fileName } : null;
}
