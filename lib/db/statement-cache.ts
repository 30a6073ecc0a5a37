import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many prepared statements a SQLite handle keeps; the portal issues a few dozen shapes. */
export const PREPARED_STATEMENTS_KEPT = 500;

/**
 * A SQLite handle for Kysely that prepares each distinct SQL text once and reuses it. Kysely's
 * SQLite driver prepares every query it runs, and compiling a join costs more than running it
 * on an index: on the signer page, preparing took a third of the time spent in SQLite.
 *
 * The oldest statement is dropped once `capacity` are kept (texts differ with the length of an
 * `in (…)` list, so their number has no bound of its own). Reuse is safe because Kysely runs
 * one query at a time on its one SQLite connection, a stream included; SQLite prepares a kept
 * statement again by itself after a migration changes the schema.
 */
export function withPreparedStatementCache(
  sqlite: BetterSqlite3Database,
  capacity = PREPARED_STATEMENTS_KEPT,
): SqliteDatabase {
  const statements = new Map<string, Statement>();

  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },

    prepare: (sql) => {
      let statement = statements.get(sql);

      if (statement) {
        // Most recently used last, so the first entry is the one to drop.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }

      statements.set(sql, statement);

      return statement;
    },
  };
}
