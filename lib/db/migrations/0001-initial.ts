import { sql, type Kysely } from 'kysely';

import type { Dialect } from '../engine';

/** Organizations, members, files, packages with their documents, signers, revisions and links. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('content', sql.raw(blob), (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('byte_size', 'integer', (col) => col.notNull())
    .addColumn('page_count', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('packages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
    .addColumn('member_id', 'text', (col) => col.references('members.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('time_sign_by', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('locale', 'text')
    .addColumn('external_data', 'text')
    .addColumn('generate_signer_links', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('meeting_time_start', 'text')
    .addColumn('meeting_duration', 'text')
    .addColumn('meeting_is_private', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('rescind_message', 'text')
    .addColumn('declined_by_signer_id', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('executed_at', 'text')
    .execute();

  await db.schema
    .createIndex('packages_organization_created')
    .on('packages')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('package_id', 'text', (col) =>
      col.notNull().references('packages.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'text', (col) => col.notNull().references('files.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('external_id', 'text')
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema.createIndex('documents_package').on('documents').column('package_id').execute();

  await db.schema
    .createTable('signers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('package_id', 'text', (col) =>
      col.notNull().references('packages.id').onDelete('cascade'),
    )
    .addColumn('first_name', 'text', (col) => col.notNull())
    .addColumn('last_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('mobile_number', 'text')
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema.createIndex('signers_package').on('signers').column('package_id').execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('package_id', 'text', (col) =>
      col.notNull().references('packages.id').onDelete('cascade'),
    )
    .addColumn('document_id', 'text', (col) =>
      col.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('signer_id', 'text', (col) =>
      col.notNull().references('signers.id').onDelete('cascade'),
    )
    .addColumn('signed_at', 'text')
    .addColumn('signed_file_id', 'text', (col) => col.references('files.id'))
    .addColumn('signed_sha256', 'text')
    .addUniqueConstraint('revisions_document_signer', ['document_id', 'signer_id'])
    .execute();

  await db.schema.createIndex('revisions_package').on('revisions').column('package_id').execute();

  await db.schema
    .createTable('signing_links')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('package_id', 'text', (col) =>
      col.notNull().references('packages.id').onDelete('cascade'),
    )
    .addColumn('signer_id', 'text', (col) =>
      col.notNull().references('signers.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('token_salt', 'text', (col) => col.notNull())
    .addColumn('time_expires', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createIndex('signing_links_signer')
    .on('signing_links')
    .column('signer_id')
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', sql.raw(serial), (col) =>
      dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('organization_id', 'text', (col) => col.notNull())
    .addColumn('package_id', 'text')
    .addColumn('signer_id', 'text')
    .addColumn('member_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'text')
    .execute();

  await db.schema
    .createIndex('audit_events_package')
    .on('audit_events')
    .columns(['package_id', 'occurred_at'])
    .execute();
}
