import { sql } from 'kysely';

import { openTestDatabase, testEngines } from '@/lib/testing/test-databases';

const postgres = testEngines().includes('postgres') ? describe : describe.skip;

postgres('the PostgreSQL connections', () => {
  test('compile no query ahead of running it: JIT is off on each of them', async () => {
    const database = await openTestDatabase('postgres');

    try {
      // More connections than one, since the setting is made as each connection opens.
      const settings = await Promise.all(
        Array.from({ length: 3 }, () =>
          sql<{ jit: string }>`select current_setting('jit') as jit, pg_sleep(0.05)`.execute(
            database.db,
          ),
        ),
      );

      expect(settings.map((result) => result.rows[0]!.jit)).toEqual(['off', 'off', 'off']);
    } finally {
      await database.close();
    }
  });
});
