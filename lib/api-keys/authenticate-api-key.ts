import type { Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

import { API_KEY_PREFIX, hashApiKey } from './create-api-key';

/** Who a request acts for: the organization of its key and, when the key has one, a member. */
export interface ApiCaller {
  /** The key the request came with; null when a signed-in member acts from the dashboard. */
  apiKeyId: string | null;
  organizationId: string;
  memberId: string | null;
}

/** Keys are `spk_` and 43 base64url characters; anything else is not looked up at all. */
const KEY_PATTERN = /^spk_[A-Za-z0-9_-]{43}$/;

/**
 * The caller a presented key stands for, or null when the key is missing, malformed, unknown
 * or revoked. Marks the key as used.
 */
export async function authenticateApiKey(
  db: Kysely<Database>,
  presented: string | null,
  now: Date,
): Promise<ApiCaller | null> {
  if (!presented || !presented.startsWith(API_KEY_PREFIX) || !KEY_PATTERN.test(presented)) {
    return null;
  }

  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'organization_id', 'member_id'])
    .where('key_hash', '=', hashApiKey(presented))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

  if (!row) return null;

  await db
    .updateTable('api_keys')
    .set({ last_used_at: toInstant(now) })
    .where('id', '=', row.id)
    .execute();

  return { apiKeyId: row.id, organizationId: row.organization_id, memberId: row.member_id };
}
