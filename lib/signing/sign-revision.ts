import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { publicUrl } from '@/lib/config/public-url';
import type { Database } from '@/lib/db/schema';
import { signerName } from '@/lib/domain/signer-view';
import { checkSigning, type SigningRefusal } from '@/lib/domain/signing-rules';
import { isDocumentExecuted, isPackageExecuted } from '@/lib/domain/turns';
import { notifyPackageExecuted } from '@/lib/notifications/notify-package-executed';
import { stampSignature, type StampedSignature } from '@/lib/pdf/stamp-signature';

import { loadSigningLink, type SigningLinkView } from './load-signing-link';
import { hasConsented, lockPackage } from './signer-events';

export type AdoptedSignature = { kind: 'typed'; text: string } | { kind: 'drawn'; png: Uint8Array };

export type SignOutcome =
  | { status: 'signed'; revisionId: string; documentExecuted: boolean; packageExecuted: boolean }
  | { status: 'already_signed'; revisionId: string }
  | {
      status: 'refused';
      reason: SigningRefusal | 'consent_required' | 'not_found' | 'signature_unreadable';
    };

export interface SignRevisionRequest extends RequestMetadata {
  token: string;
  documentId: string;
  signature: AdoptedSignature;
  now: Date;
  inPerson?: boolean;
}

/** Another signature landed on the same document while this one was being stamped. */
class DocumentMovedOn extends Error {}

const ATTEMPTS = 5;

/**
 * Signs one document for the link's signer, exactly once.
 *
 * The PDF is stamped outside the transaction (it is the slow part), on the document as it
 * stands. The transaction then takes the package's lock, checks every rule again, and records
 * the signature with a conditional update. If another signature reached the same document in
 * the meantime, the stamp is redone on the newer file, so no signature is ever dropped from the
 * PDF. A request for a revision already signed answers "already signed" and changes nothing.
 */
export async function signRevision(
  db: Kysely<Database>,
  request: SignRevisionRequest,
): Promise<SignOutcome> {
  // A double tap or a retry while the first request is still stamping waits for it instead
  // of stamping the same PDF again; the database still decides across app instances.
  const key = `${request.token}\u0000${request.documentId}`;
  const pending = inFlight.get(key);
  if (pending) return asRepeat(await pending);

  const attempt = signRevisionUnshared(db, request).finally(() => inFlight.delete(key));
  inFlight.set(key, attempt);

  return attempt;
}

const inFlight = new Map<string, Promise<SignOutcome>>();

/** What a repeated request answers: the first one's outcome, as "already signed". */
function asRepeat(outcome: SignOutcome): SignOutcome {
  return outcome.status === 'signed'
    ? { status: 'already_signed', revisionId: outcome.revisionId }
    : outcome;
}

/**
 * `signRevision` without the sharing of requests in flight: every call goes to the database,
 * as calls from different app instances do. Exactly once rests on this path alone.
 */
export async function signRevisionUnshared(
  db: Kysely<Database>,
  request: SignRevisionRequest,
): Promise<SignOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptSignature(db, request);
    } catch (error) {
      if (!(error instanceof DocumentMovedOn) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function attemptSignature(
  db: Kysely<Database>,
  request: SignRevisionRequest,
): Promise<SignOutcome> {
  const link = await loadSigningLink(db, request.token);
  if (!link) return { status: 'refused', reason: 'not_found' };

  const early = await precheck(db, link, request);
  if (early) return early;

  const base = await loadSigningBase(db, link, request.documentId);
  const signer = await db
    .selectFrom('signers')
    .select(['email'])
    .where('id', '=', link.signerId)
    .executeTakeFirstOrThrow();
  const signedAt = toInstant(request.now);

  const stamped = await stampSignature({
    pdf: base.content,
    signature: request.signature,
    signerName: signerName(link.signer),
    signerEmail: signer.email,
    signerId: link.signerId,
    signedAt,
    originalSha256: base.originalSha256,
    documentName: base.documentName,
  }).catch((error: unknown) => {
    // A drawing that starts like a PNG but is not one cannot be placed; anything else is ours.
    if (request.signature.kind === 'drawn') return null;

    throw error;
  });

  if (!stamped) return { status: 'refused', reason: 'signature_unreadable' };

  return db.transaction().execute(async (trx) => {
    await lockPackage(trx, link.packageId, signedAt);

    const current = await loadSigningLink(trx, request.token);
    if (!current) return { status: 'refused', reason: 'not_found' } as const;

    const again = await precheck(trx, current, request);
    if (again) return again;

    const head = await trx
      .selectFrom('documents')
      .select('current_file_id')
      .where('id', '=', request.documentId)
      .executeTakeFirstOrThrow();

    if (!base.ownCopy && head.current_file_id !== base.currentFileId) throw new DocumentMovedOn();

    return recordSignature(trx, current, request, stamped, base, signedAt);
  });
}

/** The rules and consent, checked before the stamp and again under the lock. */
async function precheck(
  db: Kysely<Database>,
  link: SigningLinkView,
  request: SignRevisionRequest,
): Promise<SignOutcome | null> {
  const check = checkSigning(link, request.documentId, request.now, {
    inPerson: request.inPerson,
  });

  if (check.kind === 'already_signed') {
    return { status: 'already_signed', revisionId: check.revisionId };
  }
  if (check.kind === 'refused') return { status: 'refused', reason: check.reason };

  if (!(await hasConsented(db, link.signerId))) {
    return { status: 'refused', reason: 'consent_required' };
  }

  return null;
}

interface SigningBase {
  content: Uint8Array;
  currentFileId: string | null;
  originalSha256: string;
  documentName: string;
  /** Group Send: every signer signs a copy of their own, stamped on the original. */
  ownCopy: boolean;
}

async function loadSigningBase(
  db: Kysely<Database>,
  link: SigningLinkView,
  documentId: string,
): Promise<SigningBase> {
  const ownCopy = link.package.type === 'Counterpart';
  const document = await db
    .selectFrom('documents as d')
    .innerJoin('files as original', 'original.id', 'd.file_id')
    .leftJoin('files as head', 'head.id', 'd.current_file_id')
    .select([
      'd.name',
      'd.current_file_id',
      'original.sha256 as originalSha256',
      'original.content as originalContent',
      'head.content as headContent',
    ])
    .where('d.id', '=', documentId)
    .where('d.package_id', '=', link.packageId)
    .executeTakeFirstOrThrow();

  return {
    content: (ownCopy ? null : document.headContent) ?? document.originalContent,
    currentFileId: document.current_file_id,
    originalSha256: document.originalSha256,
    documentName: document.name,
    ownCopy,
  };
}

async function recordSignature(
  trx: Kysely<Database>,
  link: SigningLinkView,
  request: SignRevisionRequest,
  stamped: StampedSignature,
  base: SigningBase,
  signedAt: string,
): Promise<SignOutcome> {
  const revision = link.revisions.find(
    (candidate) =>
      candidate.documentId === request.documentId && candidate.signerId === link.signerId,
  )!;
  const fileId = randomUUID();

  await trx
    .insertInto('files')
    .values({
      id: fileId,
      organization_id: link.organizationId,
      file_name: `${base.documentName}.pdf`,
      content: stamped.pdf,
      sha256: stamped.sha256,
      byte_size: stamped.pdf.byteLength,
      page_count: stamped.pageCount,
      kind: 'signed',
      created_at: signedAt,
    })
    .execute();

  const updated = await trx
    .updateTable('revisions')
    .set({ signed_at: signedAt, signed_file_id: fileId, signed_sha256: stamped.sha256 })
    .where('id', '=', revision.revisionId)
    .where('signed_at', 'is', null)
    .executeTakeFirst();

  if (Number(updated.numUpdatedRows) !== 1) {
    throw new Error('A revision checked as unsigned under the package lock was signed.');
  }

  if (!base.ownCopy) {
    await trx
      .updateTable('documents')
      .set({ current_file_id: fileId })
      .where('id', '=', request.documentId)
      .execute();
  }

  const audit = {
    organizationId: link.organizationId,
    packageId: link.packageId,
    signerId: link.signerId,
    occurredAt: signedAt,
    ipAddress: request.ipAddress,
    userAgent: request.userAgent,
  };

  await recordAuditEvent(trx, {
    ...audit,
    action: 'revision_signed',
    details: {
      documentId: request.documentId,
      revisionId: revision.revisionId,
      sha256: stamped.sha256,
      placement: stamped.placement,
      signature: request.signature.kind,
      ...(request.inPerson ? { inPerson: true } : {}),
      ...(stamped.invalidatedEarlierSignature ? { invalidatedEarlierSignature: true } : {}),
    },
  });

  const revisions = link.revisions.map((candidate) =>
    candidate.revisionId === revision.revisionId ? { ...candidate, signedAt } : candidate,
  );
  const documentExecuted = isDocumentExecuted(
    revisions.filter((candidate) => candidate.documentId === request.documentId),
  );

  if (documentExecuted) {
    await recordAuditEvent(trx, {
      ...audit,
      action: 'document_executed',
      details: { documentId: request.documentId },
    });
  }

  const packageExecuted =
    isPackageExecuted(
      link.documents.map((document) => document.documentId),
      revisions,
    ) && (await markPackageExecuted(trx, link.packageId, signedAt));

  if (packageExecuted) {
    await recordAuditEvent(trx, { ...audit, action: 'package_executed' });
    await notifyPackageExecuted(trx, link.packageId, { now: request.now, publicUrl: publicUrl() });
  }

  return { status: 'signed', revisionId: revision.revisionId, documentExecuted, packageExecuted };
}

/** Moves an open package to executed; true only for the one call that did it. */
async function markPackageExecuted(trx: Kysely<Database>, packageId: string, at: string) {
  const updated = await trx
    .updateTable('packages')
    .set({ state: 'executed', executed_at: at, updated_at: at })
    .where('id', '=', packageId)
    .where('state', '=', 'open')
    .executeTakeFirst();

  return Number(updated.numUpdatedRows) === 1;
}
