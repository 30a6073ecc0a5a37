import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

import { takeUploadedFiles } from './take-uploaded-files';

/** A document made from an upload of the organization (`files/upload`), by its `fileId`. */
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
  /** Where the signer stands in the signing order; by default, after those before them. */
  order?: number;
}

/**
 * Takes the organization's uploads into a package as its documents: each becomes the
 * document's original file (see `takeUploadedFiles` for what is refused). Returns the new
 * document ids, in the order given.
 */
export async function insertDocumentsFromUploads(
  trx: Kysely<Database>,
  target: { organizationId: string; packageId: string; createdAt: string; now: Date },
  documents: DocumentFromUpload[],
  firstOrder = 1,
): Promise<string[]> {
  const uploads = await takeUploadedFiles(
    trx,
    target.organizationId,
    documents.map((document) => document.fileId),
    target.now,
  );
  if (documents.length === 0) return [];

  const rows = documents.map((document, index) => {
    const upload = uploads.get(document.fileId)!;
    const fileName = document.fileName ?? upload.file_name;

    return {
      id: randomUUID(),
      package_id: target.packageId,
      file_id: document.fileId,
      name: document.name ?? fileName.replace(/\.pdf$/i, ''),
      file_name: fileName,
      external_id: upload.external_id,
      sort_order: document.order ?? firstOrder + index,
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
  firstOrder = 1,
): Promise<string[]> {
  const rows = signers.map((signer, index) => ({
    id: randomUUID(),
    package_id: target.packageId,
    first_name: signer.firstName,
    last_name: signer.lastName,
    email: signer.email,
    mobile_number: signer.mobileNumber ?? null,
    sort_order: signer.order ?? firstOrder + index,
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
