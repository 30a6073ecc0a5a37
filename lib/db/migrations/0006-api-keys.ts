import type { Kysely } from 'kysely';

/**
 * API keys: each belongs to one organization and, optionally, one member. Only a SHA-256 of
 * the key is kept, with a short prefix so that people can tell their keys apart. Uploads also
 * keep the `externalId` an integration gave them, which the documents made from them carry on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
    .addColumn('member_id', 'text', (col) => col.references('members.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('key_prefix', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createIndex('api_keys_organization')
    .on('api_keys')
    .column('organization_id')
    .execute();

  await db.schema.alterTable('files').addColumn('external_id', 'text').execute();

  await db.schema
    .createIndex('files_organization_kind')
    .on('files')
    .columns(['organization_id', 'kind', 'created_at'])
    .execute();
}
