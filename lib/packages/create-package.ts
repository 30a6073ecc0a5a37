import { createHash, randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { linkExpiry } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';

import { issueSigningLink } from './issue-signing-link';

/** A signing link lives this long unless the package deadline comes first. */
export const DEFAULT_LINK_LIFETIME_DAYS = 30;

export interface NewDocument {
  name: string;
  fileName: string;
  content: Uint8Array;
  pageCount: number;
  externalId?: string | null;
}

export interface NewSigner {
  firstName: string;
  lastName: string;
  email: string;
  mobileNumber?: string | null;
  order: number;
}

export interface NewPackage {
  organizationId: string;
  memberId: string | null;
  name: string;
  type: string;
  state: string;
  timeSignBy?: string | null;
  timeZone?: string | null;
  locale?: string | null;
  externalData?: Record<string, unknown> | null;
  meeting?: { timeStart: string; duration: string; isPrivate: boolean } | null;
  rescindMessage?: string | null;
  /** Documents in order; each gets one revision per signer. */
  documents: NewDocument[];
  signers: NewSigner[];
  /** Issue a signing link for every signer (the API's `generateSignerLinks`). */
  generateSignerLinks: boolean;
  linkLifetimeDays?: number;
}

export interface CreatedPackage {
  packageId: string;
  documentIds: string[];
  signers: { signerId: string; token: string | null; timeExpires: string | null }[];
}

/**
 * Creates a package with its documents, signers, one revision per document and signer, and,
 * when asked, a signing link per signer, all in one transaction with its audit event.
 */
export async function createPackage(
  db: Kysely<Database>,
  input: NewPackage,
  context: { secret: string; now: Date } & Partial<RequestMetadata>,
): Promise<CreatedPackage> {
  const createdAt = toInstant(context.now);
  const packageId = randomUUID();

  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('packages')
      .values({
        id: packageId,
        organization_id: input.organizationId,
        member_id: input.memberId,
        name: input.name,
        type: input.type,
        state: input.state,
        time_sign_by: input.timeSignBy ?? null,
        time_zone: input.timeZone ?? null,
        locale: input.locale ?? null,
        external_data: input.externalData ? JSON.stringify(input.externalData) : null,
        generate_signer_links: input.generateSignerLinks ? 1 : 0,
        meeting_time_start: input.meeting?.timeStart ?? null,
        meeting_duration: input.meeting?.duration ?? null,
        meeting_is_private: input.meeting?.isPrivate ? 1 : 0,
        rescind_message: input.rescindMessage ?? null,
        declined_by_signer_id: null,
        decline_reason: null,
        created_at: createdAt,
        updated_at: createdAt,
        sent_at: input.state === 'draft' ? null : createdAt,
        executed_at: null,
      })
      .execute();

    const documentIds = await insertDocuments(trx, packageId, input, createdAt);
    const signerIds = await insertSigners(trx, packageId, input.signers, createdAt);

    const revisions = documentIds.flatMap((documentId) =>
      signerIds.map((signerId) => ({
        id: randomUUID(),
        package_id: packageId,
        document_id: documentId,
        signer_id: signerId,
        signed_at: null,
        signed_file_id: null,
        signed_sha256: null,
      })),
    );
    if (revisions.length > 0) await trx.insertInto('revisions').values(revisions).execute();

    const timeExpires = linkExpiry(
      {
        type: input.type,
        state: input.state,
        timeSignBy: input.timeSignBy ?? null,
        meetingTimeStart: input.meeting?.timeStart ?? null,
      },
      context.now,
      input.linkLifetimeDays ?? DEFAULT_LINK_LIFETIME_DAYS,
    );

    const signers = [];
    for (const signerId of signerIds) {
      if (!input.generateSignerLinks) {
        signers.push({ signerId, token: null, timeExpires: null });
        continue;
      }

      const link = await issueSigningLink(trx, {
        packageId,
        signerId,
        secret: context.secret,
        timeExpires,
        issuedAt: context.now,
      });
      signers.push({ signerId, token: link.token, timeExpires: link.timeExpires });
    }

    await recordAuditEvent(trx, {
      organizationId: input.organizationId,
      packageId,
      memberId: input.memberId,
      action: 'package_created',
      occurredAt: createdAt,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: { type: input.type, state: input.state },
    });

    await recordWebhookEvent(trx, { action: 'package_add', packageId, at: createdAt });
    if (input.state === 'open') {
      await recordWebhookEvent(trx, { action: 'package_send', packageId, at: createdAt });
    }

    return { packageId, documentIds, signers };
  });
}

async function insertDocuments(
  trx: Kysely<Database>,
  packageId: string,
  input: NewPackage,
  createdAt: string,
): Promise<string[]> {
  const documentIds: string[] = [];

  for (const [index, document] of input.documents.entries()) {
    const fileId = randomUUID();
    const documentId = randomUUID();

    await trx
      .insertInto('files')
      .values({
        id: fileId,
        organization_id: input.organizationId,
        file_name: document.fileName,
        content: document.content,
        sha256: createHash('sha256').update(document.content).digest('hex'),
        byte_size: document.content.byteLength,
        page_count: document.pageCount,
        kind: 'original',
        created_at: createdAt,
      })
      .execute();

    await trx
      .insertInto('documents')
      .values({
        id: documentId,
        package_id: packageId,
        file_id: fileId,
        name: document.name,
        file_name: document.fileName,
        external_id: document.externalId ?? null,
        sort_order: index + 1,
        created_at: createdAt,
      })
      .execute();

    documentIds.push(documentId);
  }

  return documentIds;
}

async function insertSigners(
  trx: Kysely<Database>,
  packageId: string,
  signers: NewSigner[],
  createdAt: string,
): Promise<string[]> {
  const rows = signers.map((signer) => ({
    id: randomUUID(),
    package_id: packageId,
    first_name: signer.firstName,
    last_name: signer.lastName,
    email: signer.email,
    mobile_number: signer.mobileNumber ?? null,
    sort_order: signer.order,
    created_at: createdAt,
  }));

  if (rows.length > 0) await trx.insertInto('signers').values(rows).execute();

  return rows.map((row) => row.id);
}
