import type { Kysely } from 'kysely';

/**
 * The outbox: mail written in the same transaction as the change it reports, and delivered
 * after it, with retries, so that sending never blocks or undoes a change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('available_at', 'text', (col) => col.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('delivered_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();

  await db.schema
    .createIndex('outbox_messages_due')
    .on('outbox_messages')
    .columns(['delivered_at', 'failed_at', 'available_at'])
    .execute();
}
