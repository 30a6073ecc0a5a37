import type { Kysely } from 'kysely';

/**
 * When each signer was last mailed about their package (an invitation or a reminder), so that
 * nobody is reminded twice within a few hours.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signers').addColumn('last_notified_at', 'text').execute();
}
