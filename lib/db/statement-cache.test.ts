import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';

import { withPreparedStatementCache } from './statement-cache';

interface Ledger {
  signatures: { id: Generated<number>; signer: string };
}

function openLedger(capacity?: number) {
  const sqlite = new SqliteDatabase(':memory:');
  const prepare = jest.spyOn(sqlite, 'prepare');
  const db = new Kysely<Ledger>({
    dialect: new SqliteDialect({ database: withPreparedStatementCache(sqlite, capacity) }),
  });

  return { db, prepare };
}

describe('the prepared statement cache', () => {
  test('prepares a query once, however often it runs with other parameters', async () => {
    const { db, prepare } = openLedger();
    await sql`create table signatures (id integer primary key, signer text not null)`.execute(db);
    prepare.mockClear();

    for (const signer of ['Emily Carter', 'Noah Williams', 'Priya Raman']) {
      await db.insertInto('signatures').values({ signer }).execute();
    }
    const found = await db
      .selectFrom('signatures')
      .select('signer')
      .where('signer', '=', 'Noah Williams')
      .execute();

    expect(found).toEqual([{ signer: 'Noah Williams' }]);
    expect(prepare).toHaveBeenCalledTimes(2);
    await db.destroy();
  });

  test('keeps at most its capacity, dropping the statement used least recently', async () => {
    const { db, prepare } = openLedger(2);
    const select = (column: string) => sql`select ${sql.raw(column)} as value`.execute(db);

    await select('1');
    await select('2');
    await select('1');
    await select('3');
    prepare.mockClear();

    await select('1');
    await select('3');
    expect(prepare).not.toHaveBeenCalled();

    await select('2');
    expect(prepare).toHaveBeenCalledTimes(1);
    await db.destroy();
  });

  test('a kept statement reads the new schema after a migration changes it', async () => {
    const { db } = openLedger();
    await sql`create table signatures (id integer primary key, signer text not null)`.execute(db);
    await db.insertInto('signatures').values({ signer: 'Emily Carter' }).execute();
    const everything = () => sql`select * from signatures`.execute(db);
    await everything();

    await sql`alter table signatures add column signed_at text`.execute(db);

    expect((await everything()).rows).toEqual([{ id: 1, signer: 'Emily Carter', signed_at: null }]);
    await db.destroy();
  });
});
