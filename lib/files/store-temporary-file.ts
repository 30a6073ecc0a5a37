import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/** An uploaded file stays this long unless a package takes it. */
export const TEMPORARY_FILE_LIFETIME_HOURS = 24;

export interface TemporaryFile {
  organizationId: string;
  memberId: string | null;
  fileName: string;
  externalId: string | null;
  content: Uint8Array;
  sha256: string;
  pageCount: number;
}

/**
 * Keeps an uploaded PDF that passed inspection as a temporary file of the organization, with
 * its audit event, until `packages/add` takes it into a package. Returns its id.
 */
export async function storeTemporaryFile(
  db: Kysely<Database>,
  file: TemporaryFile,
  context: Partial<RequestMetadata> & { now: Date },
): Promise<string> {
  const fileId = randomUUID();
  const createdAt = toInstant(context.now);

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('files')
      .values({
        id: fileId,
        organization_id: file.organizationId,
        file_name: file.fileName,
        content: file.content,
        sha256: file.sha256,
        byte_size: file.content.byteLength,
        page_count: file.pageCount,
        kind: 'temporary',
        external_id: file.externalId,
        created_at: createdAt,
      })
      .execute();

    await recordAuditEvent(trx, {
      organizationId: file.organizationId,
      memberId: file.memberId,
      action: 'file_uploaded',
      occurredAt: createdAt,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: { fileId, fileName: file.fileName, sha256: file.sha256 },
    });
  });

  return fileId;
}
