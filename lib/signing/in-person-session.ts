import { sql, type Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { effectivePackageState, isLinkExpired } from '@/lib/domain/deadlines';
import {
  signerDocuments,
  signingProgress,
  type PackageFacts,
  type SigningLinkFacts,
} from '@/lib/domain/signer-view';
import { SIGNING_REFUSAL_MESSAGES, type SigningRefusal } from '@/lib/domain/signing-rules';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';
import { deriveSigningToken } from '@/lib/tokens/signing-token';

import { loadSigningLink, type SigningLinkView } from './load-signing-link';
import { hasConsented } from './signer-events';

/** An in-person session lasts at most this long: a confirmation and a session link with it. */
const SESSION_HOURS = 12;

export type InPersonTurn =
  | { kind: 'not_available' }
  | { kind: 'complete'; packageName: string }
  | {
      kind: 'hand_over';
      packageName: string;
      signer: { signerId: string; name: string; position: number; of: number };
    }
  | {
      kind: 'signing';
      packageName: string;
      signer: { signerId: string; name: string; position: number; of: number };
      /** Server side only: never sent to the browser. */
      token: string;
      consented: boolean;
      /** The next document this signer signs, or null once they have signed all. */
      document: { documentId: string; name: string } | null;
      organizationName: string;
    };

/**
 * Where an in-person session stands: whose turn it is and what they do next. The device is
 * handed to each signer in order; each confirms who they are, agrees, and signs there.
 */
export async function loadInPersonTurn(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
  context: { secret: string; now: Date },
): Promise<InPersonTurn> {
  const pkg = await db
    .selectFrom('packages')
    .select(['name', 'type', 'state', 'time_sign_by', 'meeting_time_start'])
    .where('id', '=', packageId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();

  if (!pkg || pkg.type !== 'Live Session') return { kind: 'not_available' };

  const state = effectivePackageState(
    {
      type: pkg.type,
      state: pkg.state,
      timeSignBy: pkg.time_sign_by,
      meetingTimeStart: pkg.meeting_time_start,
    },
    context.now,
  );
  if (state === 'executed') return { kind: 'complete', packageName: pkg.name };
  if (state !== 'open') return { kind: 'not_available' };

  const facts = await loadPackageFacts(db, packageId, {
    type: pkg.type,
    state: pkg.state,
    timeSignBy: pkg.time_sign_by,
    meetingTimeStart: pkg.meeting_time_start,
  });
  const turn = signingProgress(facts, context.now).find((signer) => signer.holdsTurn);

  if (!turn) return { kind: 'not_available' };

  const signer = { signerId: turn.signerId, name: turn.name, position: turn.position, of: turn.of };
  const link = await activeLink(db, turn.signerId, context);

  if (!link || !(await hasConfirmedIdentity(db, turn.signerId, context.now))) {
    return { kind: 'hand_over', packageName: pkg.name, signer };
  }

  const token = deriveSigningToken(context.secret, link.id, link.salt);
  const own = await loadSigningLink(db, token);
  const next = own ? nextDocument(own, context.now) : null;

  return {
    kind: 'signing',
    packageName: pkg.name,
    signer,
    token,
    consented: await hasConsented(db, turn.signerId),
    document: next,
    organizationName: own?.organizationName ?? '',
  };
}

/**
 * The signer holding the turn confirms, on the sender's device, that they are who the sender
 * named. They get a link of their own for the session, never shown, and the trail says so.
 */
export async function confirmInPersonSigner(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
  signerId: string,
  context: RequestMetadata & { secret: string; now: Date; memberId: string },
): Promise<boolean> {
  const turn = await loadInPersonTurn(db, organizationId, packageId, context);
  if (turn.kind !== 'hand_over' || turn.signer.signerId !== signerId) return false;

  const at = toInstant(context.now);

  const existing = await activeLink(db, signerId, context);

  await db.transaction().execute(async (trx) => {
    // A signer without a working link gets one for the session; it is never shown to anyone.
    if (!existing) {
      await issueSigningLink(trx, {
        packageId,
        signerId,
        secret: context.secret,
        issuedAt: context.now,
        timeExpires: new Date(context.now.getTime() + SESSION_HOURS * 3600_000),
      });
    }

    await recordAuditEvent(trx, {
      organizationId,
      packageId,
      signerId,
      memberId: context.memberId,
      action: 'in_person_identity_confirmed',
      occurredAt: at,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: { inPerson: true },
    });
  });

  return true;
}

async function activeLink(db: Kysely<Database>, signerId: string, context: { now: Date }) {
  const link = await db
    .selectFrom('signing_links')
    .select(['id', 'token_salt', 'time_expires'])
    .where('signer_id', '=', signerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

  if (!link || isLinkExpired(link.time_expires, context.now)) return null;

  return { id: link.id, salt: link.token_salt };
}

/** The signer confirmed who they are on the sender's device within the session's hours. */
async function hasConfirmedIdentity(db: Kysely<Database>, signerId: string, now: Date) {
  const since = toInstant(new Date(now.getTime() - SESSION_HOURS * 3600_000));
  const row = await db
    .selectFrom('audit_events')
    .select(sql<number>`1`.as('found'))
    .where('signer_id', '=', signerId)
    .where('action', '=', 'in_person_identity_confirmed')
    .where('occurred_at', '>=', since)
    .executeTakeFirst();

  return row !== undefined;
}

function nextDocument(view: SigningLinkView, now: Date) {
  const document = signerDocuments(view, now).find(
    (candidate) => candidate.standing.kind === 'in_person',
  );

  return document ? { documentId: document.documentId, name: document.name } : null;
}

/** The signers, documents and revisions of one package, for the rules of turns. */
async function loadPackageFacts(
  db: Kysely<Database>,
  packageId: string,
  pkg: SigningLinkFacts['package'],
): Promise<PackageFacts> {
  const [signers, documents, revisions] = await Promise.all([
    db
      .selectFrom('signers')
      .select(['id', 'first_name', 'last_name', 'sort_order'])
      .where('package_id', '=', packageId)
      .execute(),
    db
      .selectFrom('documents')
      .select(['id', 'name', 'sort_order'])
      .where('package_id', '=', packageId)
      .execute(),
    db
      .selectFrom('revisions')
      .select(['id', 'document_id', 'signer_id', 'signed_at'])
      .where('package_id', '=', packageId)
      .execute(),
  ]);

  return {
    package: pkg,
    signers: signers.map((signer) => ({
      signerId: signer.id,
      firstName: signer.first_name,
      lastName: signer.last_name,
      order: Number(signer.sort_order),
    })),
    documents: documents.map((document) => ({
      documentId: document.id,
      name: document.name,
      order: Number(document.sort_order),
    })),
    revisions: revisions.map((revision) => ({
      revisionId: revision.id,
      documentId: revision.document_id,
      signerId: revision.signer_id,
      signedAt: revision.signed_at,
    })),
  };
}

/** What the in-person page tells the host when a signature is refused. */
export const IN_PERSON_REFUSAL_MESSAGES: Record<
  SigningRefusal | 'consent_required' | 'signature_unreadable',
  string
> = {
  ...SIGNING_REFUSAL_MESSAGES,
  consent_required: 'Agree to sign electronically first.',
  signature_unreadable: 'The drawn signature could not be read. Draw it again.',
};
