import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

/** A key as its owners see it in a list: never the key, only its prefix. */
export interface ApiKeySummary {
  apiKeyId: string;
  memberId: string | null;
  name: string;
  keyPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The keys of an organization, newest first, revoked ones included. */
export async function listApiKeys(
  db: Kysely<Database>,
  organizationId: string,
): Promise<ApiKeySummary[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'member_id', 'name', 'key_prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute();

  return rows.map((row) => ({
    apiKeyId: row.id,
    memberId: row.member_id,
    name: row.name,
    keyPrefix: row.key_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}
