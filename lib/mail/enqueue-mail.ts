import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

export interface MailMessage {
  organizationId: string;
  recipient: string;
  subject: string;
  /** Plain text; `signingLinkPlaceholder(linkId)` stands for a signing link. */
  body: string;
}

/** Writes a message to the outbox. Call it inside the transaction of the change it reports. */
export async function enqueueMail(db: Kysely<Database>, message: MailMessage, now: Date) {
  const at = now.toISOString();

  await db
    .insertInto('outbox_messages')
    .values({
      id: randomUUID(),
      organization_id: message.organizationId,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
      created_at: at,
      available_at: at,
      claimed_until: null,
      attempts: 0,
      delivered_at: null,
      failed_at: null,
      last_error: null,
    })
    .execute();
}

/** Where a signing link goes in a stored message: its id only, never its token. */
export function signingLinkPlaceholder(linkId: string): string {
  return `{{signing-link:${linkId}}}`;
}

export const SIGNING_LINK_PLACEHOLDER = /\{\{signing-link:([0-9a-f-]{36})\}\}/g;
