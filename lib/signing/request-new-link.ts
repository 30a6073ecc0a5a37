import type { Kysely } from 'kysely';
import { sql } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { linkExpiry } from '@/lib/domain/deadlines';
import { signerName, signingLinkOutcome } from '@/lib/domain/signer-view';
import { enqueueMail, signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';

import { loadSigningLink } from './load-signing-link';
import { lockPackage } from './signer-events';

/** A signer may ask for a new link this many times an hour. */
export const NEW_LINKS_PER_HOUR = 3;

export type NewLinkOutcome = 'sent' | 'too_many' | 'not_expired' | null;

/**
 * A signer whose link has expired asks for a new one. It is issued at once, retiring the
 * old one, and mailed to the address the sender gave, so only that inbox can use it.
 */
export async function requestNewLink(
  db: Kysely<Database>,
  token: string,
  context: RequestMetadata & { secret: string; now: Date },
): Promise<NewLinkOutcome> {
  return db.transaction().execute(async (trx) => {
    const link = await loadSigningLink(trx, token);
    if (!link) return null;

    const at = toInstant(context.now);
    await lockPackage(trx, link.packageId, at);

    if (signingLinkOutcome(link, context.now) !== 'link_expired') return 'not_expired';

    const recent = await recentNewLinkRequests(trx, link.signerId, context.now);
    if (recent.count >= NEW_LINKS_PER_HOUR) return 'too_many';

    const timeExpires = linkExpiry(link.package, context.now, DEFAULT_LINK_LIFETIME_DAYS);
    const issued = await issueSigningLink(trx, {
      packageId: link.packageId,
      signerId: link.signerId,
      secret: context.secret,
      timeExpires,
      issuedAt: context.now,
    });
    const signer = await trx
      .selectFrom('signers')
      .select('email')
      .where('id', '=', link.signerId)
      .executeTakeFirstOrThrow();

    await enqueueMail(
      trx,
      {
        organizationId: link.organizationId,
        recipient: signer.email,
        subject: `Your new signing link: ${link.packageName}`,
        body: newLinkMessage(link.organizationName, link.packageName, signerName(link.signer), {
          linkId: issued.linkId,
          timeExpires: issued.timeExpires,
        }),
      },
      context.now,
    );

    for (const action of ['new_link_requested', 'link_issued']) {
      await recordAuditEvent(trx, {
        organizationId: link.organizationId,
        packageId: link.packageId,
        signerId: link.signerId,
        action,
        occurredAt: at,
        ipAddress: context.ipAddress,
        userAgent: context.userAgent,
      });
    }

    return 'sent';
  });
}

/** A signer's requests for a new link in the hour before `now`, and when the first was made. */
async function recentNewLinkRequests(db: Kysely<Database>, signerId: string, now: Date) {
  const row = await db
    .selectFrom('audit_events')
    .select([sql<number>`count(*)`.as('count'), sql<string | null>`min(occurred_at)`.as('first')])
    .where('signer_id', '=', signerId)
    .where('action', '=', 'new_link_requested')
    .where('occurred_at', '>', toInstant(new Date(now.getTime() - 3600_000)))
    .executeTakeFirstOrThrow();

  return { count: Number(row.count), first: row.first };
}

/**
 * Whole seconds until a signer who was told `too_many` may ask again: when the first of their
 * requests of the last hour is an hour old. At least 1.
 */
export async function newLinkRetryAfterSeconds(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<number> {
  const link = await loadSigningLink(db, token);
  const recent = link ? await recentNewLinkRequests(db, link.signerId, now) : null;
  if (!recent?.first) return 1;

  return Math.max(
    1,
    Math.ceil((new Date(recent.first).getTime() + 3600_000 - now.getTime()) / 1000),
  );
}

function newLinkMessage(
  organizationName: string,
  packageName: string,
  name: string,
  link: { linkId: string; timeExpires: string },
): string {
  return [
    `Hello ${name},`,
    '',
    `You asked for a new link to sign “${packageName}” from ${organizationName}:`,
    '',
    signingLinkPlaceholder(link.linkId),
    '',
    `It works until ${link.timeExpires.slice(0, 16).replace('T', ' ')} UTC.`,
    'Your earlier link no longer works. Do not forward this email: anyone with the link can sign in your name.',
    '',
    `If you did not ask for it, you can ignore this message.`,
  ].join('\n');
}
