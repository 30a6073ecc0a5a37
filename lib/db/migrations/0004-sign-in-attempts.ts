import type { Kysely } from 'kysely';

/**
 * Failed sign-in attempts, kept in the database rather than in memory so that every instance of
 * the portal counts the same attempts when it throttles by email address and by IP address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('ip_address', 'text')
    .addColumn('attempted_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createIndex('sign_in_attempts_email')
    .on('sign_in_attempts')
    .columns(['email', 'attempted_at'])
    .execute();

  await db.schema
    .createIndex('sign_in_attempts_ip_address')
    .on('sign_in_attempts')
    .columns(['ip_address', 'attempted_at'])
    .execute();
}
