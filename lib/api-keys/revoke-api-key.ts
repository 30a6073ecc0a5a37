import type { Kysely } from 'kysely';

import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/**
 * Revokes a key of an organization; requests with it are refused from then on. Returns false
 * when the organization has no such key that is still working.
 */
export async function revokeApiKey(
  db: Kysely<Database>,
  input: { organizationId: string; apiKeyId: string; memberId: string | null },
  now: Date,
): Promise<boolean> {
  const revokedAt = toInstant(now);

  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('api_keys')
      .set({ revoked_at: revokedAt })
      .where('id', '=', input.apiKeyId)
      .where('organization_id', '=', input.organizationId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();

    if (Number(result.numUpdatedRows) === 0) return false;

    await recordAuditEvent(trx, {
      organizationId: input.organizationId,
      memberId: input.memberId,
      action: 'api_key_revoked',
      occurredAt: revokedAt,
      details: { apiKeyId: input.apiKeyId },
    });

    return true;
  });
}
