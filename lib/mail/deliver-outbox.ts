import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { deriveSigningToken } from '@/lib/tokens/signing-token';

import { SIGNING_LINK_PLACEHOLDER } from './enqueue-mail';
import { renderMailHtml } from './render-mail-html';

/** How a message leaves: the mail server of SMTP_URL, or a folder the demo points at. */
export interface MailTransport {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
}

export interface DeliveryOptions {
  transport: MailTransport;
  secret: string;
  publicUrl: string;
  now: Date;
  /** At most this many messages in one pass. */
  batch?: number;
}

/** A message still failing this long after it was written is given up and marked failed. */
const GIVE_UP_AFTER_MS = 24 * 3600 * 1000;
const CLAIM_MS = 60 * 1000;

/**
 * Sends what is due in the outbox, once each (at least once, should a sender die between
 * sending and recording it). A failure is retried with exponential backoff, from one minute
 * up, for at most a day; then the message is marked failed for the owner to see.
 */
export async function deliverOutbox(db: Kysely<Database>, options: DeliveryOptions) {
  const now = options.now.toISOString();
  const due = await db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('delivered_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('available_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('available_at')
    .limit(options.batch ?? 20)
    .execute();

  let delivered = 0;

  for (const message of due) {
    // Several instances may look at once: only the one whose claim lands sends.
    const claim = await db
      .updateTable('outbox_messages')
      .set({ claimed_until: new Date(options.now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', message.id)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;

    try {
      const text = await resolveSigningLinks(db, message.body, options);
      await options.transport.send({
        to: message.recipient,
        subject: message.subject,
        text,
        html: renderMailHtml(text, message.subject),
      });

      await db
        .updateTable('outbox_messages')
        .set({ delivered_at: now, attempts: message.attempts + 1, claimed_until: null })
        .where('id', '=', message.id)
        .execute();
      delivered++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const retryAt = options.now.getTime() + 60_000 * 2 ** (attempts - 1);
      const givenUp = retryAt - Date.parse(message.created_at) > GIVE_UP_AFTER_MS;

      await db
        .updateTable('outbox_messages')
        .set({
          attempts,
          claimed_until: null,
          available_at: new Date(retryAt).toISOString(),
          failed_at: givenUp ? now : null,
          last_error: error instanceof Error ? error.message.slice(0, 500) : 'Unknown error',
        })
        .where('id', '=', message.id)
        .execute();
    }
  }

  return { due: due.length, delivered };
}

/** Puts each signing link into the text, its token derived again from the server secret. */
async function resolveSigningLinks(db: Kysely<Database>, body: string, options: DeliveryOptions) {
  const ids = [...body.matchAll(SIGNING_LINK_PLACEHOLDER)].map((match) => match[1]!);
  if (ids.length === 0) return body;

  const links = await db
    .selectFrom('signing_links')
    .select(['id', 'token_salt', 'revoked_at'])
    .where('id', 'in', ids)
    .execute();
  const urls = new Map(
    links.map((link) => [
      link.id,
      link.revoked_at
        ? '(this link has since been replaced by a newer one)'
        : `${options.publicUrl}/sign/${deriveSigningToken(options.secret, link.id, link.token_salt)}`,
    ]),
  );

  return body.replace(SIGNING_LINK_PLACEHOLDER, (_match, id: string) => {
    return urls.get(id) ?? '(this link no longer exists)';
  });
}
