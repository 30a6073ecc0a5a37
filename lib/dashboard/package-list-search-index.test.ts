import { CompiledQuery, sql, type Compilable } from 'kysely';

import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { contains, signerSearchText } from './package-list-query';

const postgres = testEngines().includes('postgres') ? describe : describe.skip;

postgres('the package list search on PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
  });

  afterAll(async () => {
    await database.close();
  });

  /**
   * The plan of a query with sequential scans ruled out, as far as they can be: the tables are
   * empty, so without this the planner would read them whole whatever indexes there are.
   */
  async function planOf(query: Compilable): Promise<string> {
    const compiled = query.compile();

    return database.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const explained = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
      );

      return explained.rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  test("a signer's name and email are matched through the trigram index", async () => {
    const plan = await planOf(
      database.db
        .selectFrom('signers as s')
        .select('s.package_id')
        .where(contains('postgres', signerSearchText(), 'carter+lease@example.com')),
    );

    expect(plan).toMatch(/Index Scan on signers_search/);
  });

  test('a package name is matched through the trigram index', async () => {
    const plan = await planOf(
      database.db
        .selectFrom('packages as p')
        .select('p.id')
        .where(contains('postgres', sql.ref('p.name'), 'harbour')),
    );

    expect(plan).toMatch(/Index Scan on packages_name_search/);
  });
});
