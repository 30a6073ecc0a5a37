import { createHash, randomBytes, randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/** Every key starts with this, so that a key pasted into the wrong place is recognised. */
export const API_KEY_PREFIX = 'spk_';

/** How much of a key is kept in plain text, to tell keys apart in a list. */
const DISPLAY_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

export interface NewApiKey {
  organizationId: string;
  memberId: string | null;
  name: string;
}

export interface CreatedApiKey {
  apiKeyId: string;
  /** The key itself: shown to its owner once, never stored. */
  key: string;
  keyPrefix: string;
}

/** The hash under which a key is stored and looked up. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Makes a new API key of 32 random bytes for an organization (and optionally one member),
 * stores its hash with an audit event, and returns the key once.
 */
export async function createApiKey(
  db: Kysely<Database>,
  input: NewApiKey,
  now: Date,
): Promise<CreatedApiKey> {
  const apiKeyId = randomUUID();
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const keyPrefix = key.slice(0, DISPLAY_PREFIX_LENGTH);
  const createdAt = toInstant(now);

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('api_keys')
      .values({
        id: apiKeyId,
        organization_id: input.organizationId,
        member_id: input.memberId,
        name: input.name,
        key_hash: hashApiKey(key),
        key_prefix: keyPrefix,
        created_at: createdAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();

    await recordAuditEvent(trx, {
      organizationId: input.organizationId,
      memberId: input.memberId,
      action: 'api_key_created',
      occurredAt: createdAt,
      details: { apiKeyId, name: input.name, keyPrefix },
    });
  });

  return { apiKeyId, key, keyPrefix };
}
