import { randomBytes } from 'node:crypto';

import { sql } from 'kysely';

import { openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import {
  forgetEndedWindows,
  hitRateLimit,
  peekRateLimit,
  refundRateLimit,
  resetRateLimit,
  type RateLimitRule,
} from './rate-limit';

// Opening a PostgreSQL schema with every migration takes seconds on a busy machine.
jest.setTimeout(30_000);

const RULE: RateLimitRule = { name: 'test-limit', limit: 3, windowSeconds: 600 };

/** 12:03:20, so the ten-minute window it falls in ends at 12:10:00, 400 seconds later. */
const NOW = new Date('2026-03-01T12:03:20.000Z');

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe.each(testEngines())('the rate limiter on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  const hit = (at = NOW, subject = '203.0.113.7') => hitRateLimit(database.db, RULE, subject, at);

  test('allows the limit, then refuses with the seconds left in the window', async () => {
    for (let count = 1; count <= RULE.limit; count++) {
      expect(await hit()).toEqual({ allowed: true, hits: count, retryAfterSeconds: 400 });
    }

    expect(await hit(later(100))).toEqual({ allowed: false, hits: 4, retryAfterSeconds: 300 });
  });

  test('a new window starts the count again; the clock decides, not the calls', async () => {
    for (let count = 0; count <= RULE.limit; count++) await hit();
    expect((await hit(later(399))).allowed).toBe(false);

    expect(await hit(later(400))).toEqual({ allowed: true, hits: 1, retryAfterSeconds: 600 });
  });

  test('counts each subject and each limit apart', async () => {
    for (let count = 0; count <= RULE.limit; count++) await hit();

    expect((await hit(NOW, '198.51.100.1')).allowed).toBe(true);
    const other = { ...RULE, name: 'other-limit' };
    expect((await hitRateLimit(database.db, other, '203.0.113.7', NOW)).allowed).toBe(true);
  });

  test('peeking counts nothing; a refund and a reset take hits back', async () => {
    await hit();
    await hit();
    expect(await peekRateLimit(database.db, RULE, '203.0.113.7', NOW)).toMatchObject({
      allowed: true,
      hits: 3,
    });
    expect((await hit()).hits).toBe(3);

    await refundRateLimit(database.db, RULE, '203.0.113.7', NOW);
    expect((await hit()).hits).toBe(3);

    await resetRateLimit(database.db, RULE, '203.0.113.7');
    expect((await hit()).hits).toBe(1);
  });

  test('a refund made after the window ended takes nothing from the next one', async () => {
    await hit();
    await hit(later(400));

    await refundRateLimit(database.db, RULE, '203.0.113.7', NOW);
    expect((await hit(later(401))).hits).toBe(2);
  });

  test('an instance whose clock runs behind adds to the newer window', async () => {
    await hit(later(400));

    expect(await hit(NOW)).toMatchObject({ hits: 2 });
    expect((await hit(later(400))).hits).toBe(3);
  });

  test('hits made at the same moment are each counted once', async () => {
    const rule = { ...RULE, limit: 10 };
    const verdicts = await Promise.all(
      Array.from({ length: 25 }, () => hitRateLimit(database.db, rule, 'burst', NOW)),
    );

    expect(verdicts.map((verdict) => verdict.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, index) => index + 1),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
  });

  test('keeps no subject in clear, and forgets windows that ended', async () => {
    await hit();
    await hit(NOW, 'owner@harbour.example');
    const rows = await database.db.selectFrom('rate_limit_counters').selectAll().execute();

    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113\.7|harbour/);

    await forgetEndedWindows(database.db, later(400));
    expect(await database.db.selectFrom('rate_limit_counters').selectAll().execute()).toEqual([]);
  });
});

const describePostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePostgres('two portal instances on one PostgreSQL database', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const first = openDatabase(process.env.TEST_DATABASE_URL ?? '', { schema });
  const second = openDatabase(process.env.TEST_DATABASE_URL ?? '', { schema });

  beforeAll(async () => {
    await migrateToLatest(first, schema);
  });

  afterAll(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(first.db);
    await Promise.all([first.db.destroy(), second.db.destroy()]);
  });

  test('share one count: the limit holds across both', async () => {
    const hits = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        hitRateLimit((index % 2 ? first : second).db, RULE, '203.0.113.7', NOW),
      ),
    );

    expect(hits.filter((verdict) => verdict.allowed)).toHaveLength(RULE.limit);
    expect((await peekRateLimit(first.db, RULE, '203.0.113.7', NOW)).hits).toBe(21);
    expect((await hitRateLimit(second.db, RULE, '203.0.113.7', later(400))).hits).toBe(1);
  });
});
