import type { Kysely } from 'kysely';

/**
 * Signing: each document keeps the file that holds every signature made on it so far, and
 * consent and other signer events are found by signer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('current_file_id', 'text', (col) => col.references('files.id'))
    .execute();

  await db.schema
    .createIndex('audit_events_signer_action')
    .on('audit_events')
    .columns(['signer_id', 'action'])
    .execute();
}
