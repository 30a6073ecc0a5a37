import type { Kysely } from 'kysely';

/**
 * Webhooks: the endpoints an organization registers, and the webhook outbox, one row per event
 * per endpoint, written in the same transaction as the change the event reports and delivered
 * after it with retries. An endpoint keeps only a random salt; its signing secret is derived
 * from the server secret, so a copy of the database alone cannot sign a webhook.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
    .addColumn('member_id', 'text')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('secret_salt', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('webhook_endpoints_organization_name', ['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('webhook_outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('endpoint_id', 'text', (col) =>
      col.notNull().references('webhook_endpoints.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (col) => col.notNull())
    // No reference: the event outlives a package deleted after it.
    .addColumn('package_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('available_at', 'text', (col) => col.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('claim_id', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('failed_at', 'text')
    .addUniqueConstraint('webhook_outbox_event_endpoint', ['event_id', 'endpoint_id'])
    .execute();

  await db.schema
    .createIndex('webhook_outbox_due')
    .on('webhook_outbox')
    .columns(['delivered_at', 'failed_at', 'available_at'])
    .execute();

  await db.schema
    .createIndex('webhook_outbox_organization')
    .on('webhook_outbox')
    .columns(['organization_id', 'delivered_at', 'created_at'])
    .execute();
}
