import { randomBytes } from 'node:crypto';

import { sql } from 'kysely';

import { openDatabase, type Dialect, type PortalDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';

export interface TestDatabase extends PortalDatabase {
  close(): Promise<void>;
}

/**
 * The engines the data-layer tests run on: SQLite always, PostgreSQL when `TEST_DATABASE_URL`
 * is set. Its absence is said out loud rather than passed over.
 */
export function testEngines(): Dialect[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];

  console.warn('TEST_DATABASE_URL is not set: data-layer tests run on SQLite only.');

  return ['sqlite'];
}

/** A fresh, migrated database: in-memory SQLite, or a schema of its own on PostgreSQL. */
export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const database = openDatabase('file::memory:');
    await migrateToLatest(database);

    return { ...database, close: () => database.db.destroy() };
  }

  const schema = `test_${randomBytes(6).toString('hex')}`;
  const database = openDatabase(process.env.TEST_DATABASE_URL!, { schema });
  const close = async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    await database.db.destroy();
  };

  try {
    await migrateToLatest(database, schema);
  } catch (error) {
    await close();
    throw error;
  }

  return { ...database, close };
}
