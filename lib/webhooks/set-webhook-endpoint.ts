import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

import { deriveEndpointSecret, newSecretSalt } from './webhook-signature';

export interface SetWebhookEndpointInput {
  name: string;
  url: string;
}

export interface SetWebhookEndpointResult {
  endpointId: string;
  name: string;
  url: string;
  /** The signing secret, given to the caller this once. */
  secret: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Registers a webhook endpoint of the caller's organization under a name. Setting a name that
 * is already registered points it at the new URL with a new secret: the old secret stops
 * signing at once, and events not yet delivered go to the new URL.
 */
export async function setWebhookEndpoint(
  db: Kysely<Database>,
  input: SetWebhookEndpointInput,
  context: { caller: ApiCaller; secret: string; now: Date } & RequestMetadata,
): Promise<SetWebhookEndpointResult> {
  const at = toInstant(context.now);
  const secretSalt = newSecretSalt();

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('webhook_endpoints')
      .select(['id', 'created_at'])
      .where('organization_id', '=', context.caller.organizationId)
      .where('name', '=', input.name)
      .executeTakeFirst();

    const endpointId = existing?.id ?? randomUUID();

    if (existing) {
      await trx
        .updateTable('webhook_endpoints')
        .set({ url: input.url, secret_salt: secretSalt, updated_at: at })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('webhook_endpoints')
        .values({
          id: endpointId,
          organization_id: context.caller.organizationId,
          member_id: context.caller.memberId,
          name: input.name,
          url: input.url,
          secret_salt: secretSalt,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }

    await recordAuditEvent(trx, {
      organizationId: context.caller.organizationId,
      memberId: context.caller.memberId,
      action: 'webhook_endpoint_set',
      occurredAt: at,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: { endpointId, name: input.name, url: input.url, replaced: Boolean(existing) },
    });

    return {
      endpointId,
      name: input.name,
      url: input.url,
      secret: deriveEndpointSecret(context.secret, endpointId, secretSalt),
      createdAt: existing?.created_at ?? at,
      updatedAt: at,
    };
  });
}
