import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { TEMPORARY_FILE_LIFETIME_HOURS } from '@/lib/files/store-temporary-file';

import { ApiError } from '../api-error';

export interface DocumentFromUpload {
  fileId: string;
  fileName?: string;
  name?: string;
  order?: number;
}

export interface SignerDetails {
  firstName: string;
  lastName: string;
  email: string;
  mobileNumber?: string | null;
  order?: number;
}

/**
 * Takes the organization's uploads into a package as its documents. Each `fileId` must be a
 * temporary upload of the organization that no package has taken yet; it becomes the
 * document's original file. Returns the new document ids, in order.
 */
export async function insertDocumentsFromUploads(
  trx: Kysely<Database>,
  target: { organizationId: string; packageId: string; createdAt: string; now: Date },
  documents: DocumentFromUpload[],
): Promise<string[]> {
  const fileIds = [...new Set(documents.map((document) => document.fileId))];
  if (fileIds.length !== documents.length) {
    throw new ApiError(
      'rule',
      'document_duplicate_fileId',
      'Each document needs its own upload; the same fileId is given twice.',
    );
  }
  if (fileIds.length === 0) return [];

  const oldest = new Date(target.now.getTime() - TEMPORARY_FILE_LIFETIME_HOURS * 3600_000);
  const uploads = await trx
    .selectFrom('files')
    .select(['id', 'file_name', 'external_id'])
    .where('id', 'in', fileIds)
    .where('organization_id', '=', target.organizationId)
    .where('kind', '=', 'temporary')
    .where('created_at', '>', oldest.toISOString())
    .execute();
  const uploadById = new Map(uploads.map((upload) => [upload.id, upload]));

  const missing = fileIds.find((fileId) => !uploadById.has(fileId));
  if (missing) {
    throw new ApiError(
      'not_found',
      'file_not_found',
      `No upload with fileId "${missing}" is waiting to be added; upload the PDF again with files/upload.`,
    );
  }

  await trx
    .updateTable('files')
    .set({ kind: 'original' })
    .where('id', 'in', fileIds)
    .where('kind', '=', 'temporary')
    .execute();

  const rows = documents.map((document, index) => {
    const upload = uploadById.get(document.fileId)!;
    const fileName = document.fileName ?? upload.file_name;

    return {
      id: randomUUID(),
      package_id: target.packageId,
      file_id: document.fileId,
      name: document.name ?? fileName.replace(/\.pdf$/i, ''),
      file_name: fileName,
      external_id: upload.external_id,
      sort_order: document.order ?? index + 1,
      created_at: target.createdAt,
    };
  });
  await trx.insertInto('documents').values(rows).execute();

  return rows.map((row) => row.id);
}

/** Adds signers to a package. Returns their ids, in the order given. */
export async function insertSigners(
  trx: Kysely<Database>,
  target: { packageId: string; createdAt: string },
  signers: SignerDetails[],
): Promise<string[]> {
  const rows = signers.map((signer, index) => ({
    id: randomUUID(),
    package_id: target.packageId,
    first_name: signer.firstName,
    last_name: signer.lastName,
    email: signer.email,
    mobile_number: signer.mobileNumber ?? null,
    sort_order: signer.order ?? index + 1,
    created_at: target.createdAt,
  }));
  if (rows.length > 0) await trx.insertInto('signers').values(rows).execute();

  return rows.map((row) => row.id);
}

/** One revision per (document, signer) of a package that has none yet for that pair. */
export async function insertMissingRevisions(trx: Kysely<Database>, packageId: string) {
  const [documents, signers, existing] = await Promise.all([
    trx.selectFrom('documents').select('id').where('package_id', '=', packageId).execute(),
    trx.selectFrom('signers').select('id').where('package_id', '=', packageId).execute(),
    trx
      .selectFrom('revisions')
      .select(['document_id', 'signer_id'])
      .where('package_id', '=', packageId)
      .execute(),
  ]);
  const have = new Set(existing.map((row) => `${row.document_id}:${row.signer_id}`));

  const rows = documents.flatMap((document) =>
    signers
      .filter((signer) => !have.has(`${document.id}:${signer.id}`))
      .map((signer) => ({
        id: randomUUID(),
        package_id: packageId,
        document_id: document.id,
        signer_id: signer.id,
        signed_at: null,
        signed_file_id: null,
        signed_sha256: null,
      })),
  );
  if (rows.length > 0) await trx.insertInto('revisions').values(rows).execute();
}
