/** npm run migrate – applies every migration not yet applied to the database DATABASE_URL names. */
import { DEFAULT_DATABASE_URL, openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';

async function main() {
  const database = openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const applied = await migrateToLatest(database);
  await database.db.destroy();

  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
