import 'server-only';

import { DEFAULT_DATABASE_URL, openDatabase, type PortalDatabase } from './engine';
import { migrateToLatest } from './migrate';

const globalForDatabase = globalThis as unknown as {
  portalDatabase?: Promise<PortalDatabase>;
};

/**
 * The app's one database handle, opened on first use with every migration applied. Kept on
 * `globalThis` so that development reloads do not open a new pool each time.
 */
export function getPortalDatabase(): Promise<PortalDatabase> {
  globalForDatabase.portalDatabase ??= (async () => {
    const database = openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);

    await migrateToLatest(database);

    return database;
  })();

  return globalForDatabase.portalDatabase;
}
