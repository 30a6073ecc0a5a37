import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/**
 * An owner sends a failed event once more: it is due again at once, with the same body and
 * `eventId`. Should that attempt fail too, the event is failed again, since it is already more
 * than a day old. Only a failed event of the member's own organization is touched; false for
 * anything else.
 */
export async function resendWebhookEvent(
  db: Kysely<Database>,
  organizationId: string,
  deliveryId: string,
  context: { memberId: string; now: Date } & RequestMetadata,
): Promise<boolean> {
  const at = toInstant(context.now);

  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('webhook_outbox')
      .set({ failed_at: null, available_at: at, claimed_until: null, claim_id: null })
      .where('id', '=', deliveryId)
      .where('organization_id', '=', organizationId)
      .where('failed_at', 'is not', null)
      .where('delivered_at', 'is', null)
      .executeTakeFirst();

    if (Number(updated.numUpdatedRows) !== 1) return false;

    const delivery = await trx
      .selectFrom('webhook_outbox')
      .select(['package_id', 'event_id', 'action'])
      .where('id', '=', deliveryId)
      .executeTakeFirstOrThrow();

    await recordAuditEvent(trx, {
      organizationId,
      memberId: context.memberId,
      action: 'webhook_event_resent',
      occurredAt: at,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: {
        deliveryId,
        eventId: delivery.event_id,
        event: delivery.action,
        packageId: delivery.package_id,
      },
    });

    return true;
  });
}
