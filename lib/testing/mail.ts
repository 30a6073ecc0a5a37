import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import type { MailTransport } from '@/lib/mail/deliver-outbox';

export type SentMail = Parameters<MailTransport['send']>[0];

/** A transport that keeps what it sends, and fails the first `failures` sends. */
export function recordingTransport(failures = 0) {
  const sent: SentMail[] = [];
  let left = failures;
  const transport: MailTransport = {
    async send(message) {
      if (left > 0) {
        left--;
        throw new Error('Mail server unavailable');
      }
      sent.push(message);
    },
  };

  return { sent, transport };
}

/** The outbox as stored, oldest first, optionally for one recipient. */
export async function outboxMessages(db: Kysely<Database>, recipient?: string) {
  let query = db.selectFrom('outbox_messages').selectAll().orderBy('created_at').orderBy('id');
  if (recipient) query = query.where('recipient', '=', recipient);

  return query.execute();
}
