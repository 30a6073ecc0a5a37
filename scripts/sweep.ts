/**
 * npm run sweep – applies the package lifecycle once to the database DATABASE_URL names:
 * expires open packages past their deadline, deletes unfinished packages and unused uploads
 * older than 24 hours.
 */
import { now } from '@/lib/clock';
import { DEFAULT_DATABASE_URL, openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';
import { sweepPackages } from '@/lib/lifecycle/sweep-packages';

async function main() {
  const database = openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  await migrateToLatest(database);
  const result = await sweepPackages(database.db, now());
  await database.db.destroy();

  console.log(
    `Expired ${result.expired} package(s); deleted ${result.purgedPackages} unfinished ` +
      `package(s) and ${result.purgedFiles} unused upload(s).`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
