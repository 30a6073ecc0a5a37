import { sql, type Kysely } from 'kysely';

import { logger } from '@/lib/logging/logger';

import type { Dialect } from '../engine';

/**
 * PostgreSQL: trigram indexes for the package list's search, which matches inside package
 * names and inside each signer's name and email as one text. The signers' index is on the very
 * expression the search compares (`lib/dashboard/package-list-query.ts`); a change to one is a
 * change to the other. Without the `pg_trgm` extension, and no right to install it, the search
 * still works, reading every package of the organization and its signers.
 *
 * TODO: SQLite has no such index yet (an FTS5 table with the trigram tokenizer, kept by
 * triggers, would be one); its search reads every signer of the organization.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;

  const trigramSchema = await trigramExtensionSchema(db);
  if (!trigramSchema) {
    logger.warn(
      'The pg_trgm extension is not installed and cannot be installed by this database user: ' +
        'the package list search will read every signer of an organization.',
    );

    return;
  }

  const trigrams = sql`${sql.id(trigramSchema)}.gin_trgm_ops`;
  const signerText = sql`(first_name || ' ' || last_name || ' ' || email)`;
  await sql`create index signers_search on signers using gin (${signerText} ${trigrams})`.execute(
    db,
  );
  await sql`create index packages_name_search on packages using gin (name ${trigrams})`.execute(db);
}

/**
 * The schema holding `pg_trgm`, installed in `public` if it is not there yet and this user may
 * install it; null when it can't be had. Instances and test schemas that migrate at the same
 * moment take turns, since the extension exists once per database.
 */
async function trigramExtensionSchema(db: Kysely<unknown>): Promise<string | null> {
  await sql`select pg_advisory_xact_lock(hashtext('signer-portal: pg_trgm'))`.execute(db);

  const installed = await sql<{ schema: string }>`
    select n.nspname as schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  if (installed.rows[0]) return installed.rows[0].schema;

  const allowed = await sql<{ allowed: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and has_database_privilege(current_database(), 'CREATE')
      and has_schema_privilege('public', 'CREATE') as allowed`.execute(db);
  if (!allowed.rows[0]?.allowed) return null;

  await sql`create extension if not exists pg_trgm with schema public`.execute(db);

  return 'public';
}
