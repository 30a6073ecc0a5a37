import type { Kysely } from 'kysely';

import { createApiKey } from '@/lib/api-keys/create-api-key';
import type { Database } from '@/lib/db/schema';

import { DEMO_ORGANIZATION } from './seed-demo';

export const DEMO_API_KEY_NAME = 'Demo key';

/**
 * Gives the demo organization an API key when it has no working demo key yet, and returns it.
 * Returns null when one exists: only its hash is stored, so it was printed by an earlier run.
 */
export async function ensureDemoApiKey(db: Kysely<Database>, now: Date): Promise<string | null> {
  const organization = await db
    .selectFrom('organizations')
    .select('id')
    .where('name', '=', DEMO_ORGANIZATION)
    .executeTakeFirst();
  if (!organization) return null;

  const existing = await db
    .selectFrom('api_keys')
    .select('id')
    .where('organization_id', '=', organization.id)
    .where('name', '=', DEMO_API_KEY_NAME)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (existing) return null;

  const created = await createApiKey(
    db,
    { organizationId: organization.id, memberId: null, name: DEMO_API_KEY_NAME },
    now,
  );

  return created.key;
}
