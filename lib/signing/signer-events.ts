import { sql, type Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { publicUrl } from '@/lib/config/public-url';
import type { Database } from '@/lib/db/schema';
import { mayDecline } from '@/lib/domain/signing-rules';
import { notifyPackageDeclined } from '@/lib/notifications/notify-package-declined';

import { loadSigningLink } from './load-signing-link';

/**
 * Takes the package's row lock for the rest of the transaction, so that every change to one
 * package (signatures, consent, decline) happens one at a time, on both engines.
 */
export async function lockPackage(trx: Kysely<Database>, packageId: string, at: string) {
  await trx.updateTable('packages').set({ updated_at: at }).where('id', '=', packageId).execute();
}

/** True once the signer has agreed to do business electronically. */
export async function hasConsented(db: Kysely<Database>, signerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_events')
    .select(sql<number>`1`.as('found'))
    .where('signer_id', '=', signerId)
    .where('action', '=', 'consent_given')
    .executeTakeFirst();

  return row !== undefined;
}

/**
 * Records the signer's agreement to do business electronically, once: a second agreement
 * (another tab, a retry) changes nothing. Null when the token does not open a package.
 */
export async function recordConsent(
  db: Kysely<Database>,
  token: string,
  context: RequestMetadata & { now: Date; inPerson?: boolean },
): Promise<'recorded' | 'already_given' | null> {
  return db.transaction().execute(async (trx) => {
    const link = await loadSigningLink(trx, token);
    if (!link) return null;

    const at = toInstant(context.now);
    await lockPackage(trx, link.packageId, at);

    if (await hasConsented(trx, link.signerId)) return 'already_given';

    await recordAuditEvent(trx, {
      organizationId: link.organizationId,
      packageId: link.packageId,
      signerId: link.signerId,
      action: 'consent_given',
      occurredAt: at,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: context.inPerson ? { inPerson: true } : undefined,
    });

    return 'recorded';
  });
}

/** A signer who opens the same document again within this time adds no new event. */
const VIEW_REPEAT_WINDOW_MS = 30 * 60 * 1000;

/**
 * Records that the signer opened a document. Appends to the trail only; changes no state.
 * Reopening it within half an hour (a reload, a second download) is not recorded again, so the
 * trail and the certificate tell each reading once.
 */
export async function recordDocumentViewed(
  db: Kysely<Database>,
  view: { organizationId: string; packageId: string; signerId: string; documentId: string },
  context: RequestMetadata & { now: Date },
): Promise<'recorded' | 'seen_recently'> {
  const since = toInstant(new Date(context.now.getTime() - VIEW_REPEAT_WINDOW_MS));
  const recentViews = await db
    .selectFrom('audit_events')
    .select('details')
    .where('signer_id', '=', view.signerId)
    .where('action', '=', 'document_viewed')
    .where('occurred_at', '>=', since)
    .execute();
  const seenRecently = recentViews.some(
    (event) => event.details !== null && JSON.parse(event.details).documentId === view.documentId,
  );

  if (seenRecently) return 'seen_recently';

  await recordAuditEvent(db, {
    organizationId: view.organizationId,
    packageId: view.packageId,
    signerId: view.signerId,
    action: 'document_viewed',
    occurredAt: toInstant(context.now),
    ipAddress: context.ipAddress,
    userAgent: context.userAgent,
    details: { documentId: view.documentId },
  });

  return 'recorded';
}

export type DeclineOutcome = 'declined' | 'not_allowed' | null;

/**
 * A signer declines: the package is rescinded with their reason, as the package API has it.
 * Signatures already made are kept. Refused once the signer has signed everything or the
 * package has closed.
 */
export async function declinePackage(
  db: Kysely<Database>,
  token: string,
  reason: string | null,
  context: RequestMetadata & { now: Date },
): Promise<DeclineOutcome> {
  return db.transaction().execute(async (trx) => {
    const link = await loadSigningLink(trx, token);
    if (!link) return null;

    const at = toInstant(context.now);
    await lockPackage(trx, link.packageId, at);

    const current = await loadSigningLink(trx, token);
    if (!current || !mayDecline(current, context.now)) return 'not_allowed';

    const updated = await trx
      .updateTable('packages')
      .set({
        state: 'rescinded',
        declined_by_signer_id: link.signerId,
        decline_reason: reason,
        updated_at: at,
      })
      .where('id', '=', link.packageId)
      .where('state', '=', 'open')
      .executeTakeFirst();

    if (Number(updated.numUpdatedRows) !== 1) return 'not_allowed';

    await recordAuditEvent(trx, {
      organizationId: link.organizationId,
      packageId: link.packageId,
      signerId: link.signerId,
      action: 'package_declined',
      occurredAt: at,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: reason ? { reason } : undefined,
    });
    await notifyPackageDeclined(trx, link.packageId, {
      signerId: link.signerId,
      reason,
      now: context.now,
      publicUrl: publicUrl(),
    });

    return 'declined';
  });
}
