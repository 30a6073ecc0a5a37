import type { Kysely } from 'kysely';

/**
 * The owner's package list: each sort order and the counts by state read an index of the
 * organization's packages instead of the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('packages_organization_state')
    .on('packages')
    .columns(['organization_id', 'state', 'type', 'time_sign_by', 'meeting_time_start'])
    .execute();

  await db.schema
    .createIndex('packages_organization_sign_by')
    .on('packages')
    .columns(['organization_id', 'time_sign_by'])
    .execute();

  await db.schema
    .createIndex('packages_organization_name')
    .on('packages')
    .columns(['organization_id', 'name'])
    .execute();
}
