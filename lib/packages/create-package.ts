import { createHash, randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { linkExpiry } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';

import { issueSigningLink } from './issue-signing-link';
import {
  insertDocumentsFromUploads,
  insertMissingRevisions,
  insertSigners,
  type DocumentFromUpload,
  type SignerDetails,
} from './package-parts';

/** A signing link lives this long unless the package deadline comes first. */
export const DEFAULT_LINK_LIFETIME_DAYS = 30;

/** A document made from a PDF in hand (the demo, tests). */
export interface NewDocument {
  name: string;
  fileName: string;
  content: Uint8Array;
  pageCount: number;
  externalId?: string | null;
}

export type NewSigner = SignerDetails;

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
  /** Documents in order, from PDFs in hand or from uploads; each gets a revision per signer. */
  documents: (NewDocument | DocumentFromUpload)[];
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

export interface CreatePackageContext extends Partial<RequestMetadata> {
  secret: string;
  now: Date;
  /** Added to the `package_created` audit event, e.g. `{ via: 'api' }`. */
  auditDetails?: Record<string, unknown>;
  /** More work for the same transaction once the package exists (invitations, events). */
  afterCreate?: (trx: Kysely<Database>, created: CreatedPackage) => Promise<void>;
}

/** States in which a package is still being put together and has not been sent. */
const UNSENT_STATES = ['draft', 'add', 'select'];

/**
 * Creates a package with its documents, signers, one revision per document and signer, and,
 * when asked, a signing link per signer, all in one transaction with its audit event.
 */
export async function createPackage(
  db: Kysely<Database>,
  input: NewPackage,
  context: CreatePackageContext,
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
        sent_at: UNSENT_STATES.includes(input.state) ? null : createdAt,
        executed_at: null,
      })
      .execute();

    const target = { organizationId: input.organizationId, packageId, createdAt, now: context.now };
    const documentIds = await insertDocuments(trx, target, input.documents);
    const signerIds = await insertSigners(trx, target, input.signers);
    await insertMissingRevisions(trx, packageId);

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
      details: { type: input.type, state: input.state, ...context.auditDetails },
    });

    const created = { packageId, documentIds, signers };
    await context.afterCreate?.(trx, created);

    return created;
  });
}

async function insertDocuments(
  trx: Kysely<Database>,
  target: { organizationId: string; packageId: string; createdAt: string; now: Date },
  documents: NewPackage['documents'],
): Promise<string[]> {
  const documentIds: string[] = [];

  for (const [index, document] of documents.entries()) {
    if ('fileId' in document) {
      const order = document.order ?? index + 1;
      documentIds.push(
        ...(await insertDocumentsFromUploads(trx, target, [{ ...document, order }])),
      );
      continue;
    }

    const fileId = randomUUID();
    const documentId = randomUUID();

    await trx
      .insertInto('files')
      .values({
        id: fileId,
        organization_id: target.organizationId,
        file_name: document.fileName,
        content: document.content,
        sha256: createHash('sha256').update(document.content).digest('hex'),
        byte_size: document.content.byteLength,
        page_count: document.pageCount,
        kind: 'original',
        created_at: target.createdAt,
      })
      .execute();

    await trx
      .insertInto('documents')
      .values({
        id: documentId,
        package_id: target.packageId,
        file_id: fileId,
        name: document.name,
        file_name: document.fileName,
        external_id: document.externalId ?? null,
        sort_order: index + 1,
        created_at: target.createdAt,
      })
      .execute();

    documentIds.push(documentId);
  }

  return documentIds;
}
