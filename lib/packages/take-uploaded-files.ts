import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { TEMPORARY_FILE_LIFETIME_HOURS } from '@/lib/files/store-temporary-file';

/** An upload a package was asked to take that is not waiting for one. */
export class UploadNotAvailableError extends Error {
  constructor(readonly fileId: string) {
    super(`No upload with fileId "${fileId}" is waiting to be added to a package.`);
    this.name = 'UploadNotAvailableError';
  }
}

export interface TakenUpload {
  id: string;
  file_name: string;
  external_id: string | null;
}

/**
 * Takes temporary uploads of an organization into a package: each becomes an original file.
 * An upload of another organization, one already taken, or one older than its 24 hours is
 * refused with `UploadNotAvailableError`, and nothing is taken.
 */
export async function takeUploadedFiles(
  trx: Kysely<Database>,
  organizationId: string,
  fileIds: string[],
  now: Date,
): Promise<Map<string, TakenUpload>> {
  if (fileIds.length === 0) return new Map();

  const oldest = new Date(now.getTime() - TEMPORARY_FILE_LIFETIME_HOURS * 3600_000);
  const uploads = await trx
    .selectFrom('files')
    .select(['id', 'file_name', 'external_id'])
    .where('id', 'in', fileIds)
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'temporary')
    .where('created_at', '>', oldest.toISOString())
    .execute();
  const uploadById = new Map(uploads.map((upload) => [upload.id, upload]));

  const missing = fileIds.find((fileId) => !uploadById.has(fileId));
  if (missing) throw new UploadNotAvailableError(missing);

  await trx
    .updateTable('files')
    .set({ kind: 'original' })
    .where('id', 'in', fileIds)
    .where('kind', '=', 'temporary')
    .execute();

  return uploadById;
}
