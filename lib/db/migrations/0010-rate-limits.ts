import type { Kysely } from 'kysely';

/**
 * Rate limit counters, one row per limit and subject (an IP address, an email address, an API
 * key), counted in fixed windows. They live in the database so that every instance of the
 * portal on one PostgreSQL database shares them. Failed sign-ins are now counted here too, so
 * their table of single attempts goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('bucket', 'text', (col) => col.primaryKey())
    .addColumn('window_ends_at', 'text', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createIndex('rate_limit_counters_window_ends_at')
    .on('rate_limit_counters')
    .column('window_ends_at')
    .execute();

  await db.schema.dropTable('sign_in_attempts').execute();
}
