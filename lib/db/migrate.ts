import { sql, Migrator, type Migration, type MigrationProvider } from 'kysely';

import type { Dialect, PortalDatabase } from './engine';
import * as initial from './migrations/0001-initial';
import * as signing from './migrations/0002-signing';
import * as outbox from './migrations/0003-outbox';
import * as signInAttempts from './migrations/0004-sign-in-attempts';
import * as packageList from './migrations/0005-package-list';
import * as apiKeys from './migrations/0006-api-keys';
import * as signerNotified from './migrations/0007-signer-notified';
import * as webhooks from './migrations/0009-webhooks';
import * as rateLimits from './migrations/0010-rate-limits';
import * as searchTrigrams from './migrations/0011-search-trigrams';

/** Numbered migrations, in the order they apply. A new one gets the next number. */
const MIGRATIONS: Record<string, { up(db: never, dialect: Dialect): Promise<void> }> = {
  '0001-initial': initial,
  '0002-signing': signing,
  '0003-outbox': outbox,
  '0004-sign-in-attempts': signInAttempts,
  '0005-package-list': packageList,
  '0006-api-keys': apiKeys,
  '0007-signer-notified': signerNotified,
  '0009-webhooks': webhooks,
  '0010-rate-limits': rateLimits,
  '0011-search-trigrams': searchTrigrams,
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

  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();

    if (!error) {
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    }
    if (!droppedElsewhere(error) || attempt >= 5) throw error;
  }
}

/**
 * PostgreSQL: the migrator looks for its tables through a catalog query over every schema,
 * which fails when another schema is dropped at that moment (as test runs drop theirs). Nothing
 * has been applied then, so trying again is safe.
 */
function droppedElsewhere(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '3F000';
}
