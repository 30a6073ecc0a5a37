import { sql, Migrator, type Migration, type MigrationProvider } from 'kysely';

import type { Dialect, PortalDatabase } from './engine';
import * as initial from './migrations/0001-initial';
import * as signing from './migrations/0002-signing';
import * as outbox from './migrations/0003-outbox';
import * as signInAttempts from './migrations/0004-sign-in-attempts';
import * as packageList from './migrations/0005-package-list';
import * as apiKeys from './migrations/0006-api-keys';
import * as signerNotified from './migrations/0007-signer-notified';

/** Numbered migrations, in the order they apply. A new one gets the next number. */
const MIGRATIONS: Record<string, { up(db: never, dialect: Dialect): Promise<void> }> = {
  '0001-initial': initial,
  '0002-signing': signing,
  '0003-outbox': outbox,
  '0004-sign-in-attempts': signInAttempts,
  '0005-package-list': packageList,
  '0006-api-keys': apiKeys,
  '0007-signer-notified': signerNotified,
};

class NumberedMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, migration]) => [
        name,
        { up: (db) => migration.up(db as never, this.dialect) },
      ]),
    );
  }
}

/** Applies every migration not yet applied. Safe to call from several instances at once. */
export async function migrateToLatest(
  database: PortalDatabase,
  schema?: string,
): Promise<string[]> {
  if (schema && database.dialect === 'postgres') {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(database.db);
  }

  // The bookkeeping tables live in the schema too: found in another schema, they would be
  // taken for this one's.
  const migrator = new Migrator({
    db: database.db,
    provider: new NumberedMigrations(database.dialect),
    ...(schema && database.dialect === 'postgres' ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();

  if (error) throw error;

  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
