import { callApi, seedApiCaller, useApiTestDatabase } from '@/lib/testing/api-harness';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import * as list from './packages/list/route';

jest.setTimeout(30_000);

describe.each(testEngines())('package API rate limits on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterEach(async () => {
    delete process.env.RATE_LIMIT_API_PER_KEY;
    delete process.env.RATE_LIMIT_API_PER_IP;
    await database.close();
  });

  const listFrom = (key: string | null, address: string) =>
    callApi(list.POST, 'POST', '/packages/list', {
      key,
      body: {},
      headers: { 'x-forwarded-for': address },
    });

  test('a key over its limit gets 429 with Retry-After and the API error body', async () => {
    process.env.RATE_LIMIT_API_PER_KEY = '3/1m';
    const { key } = await seedApiCaller(database);
    const other = await seedApiCaller(database, 'Other Realty');

    for (let count = 0; count < 3; count++) {
      expect((await listFrom(key, `198.51.100.${count}`)).status).toBe(200);
    }
    const refused = await listFrom(key, '198.51.100.9');

    expect(refused.status).toBe(429);
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.json).toEqual({
      error: 'request_rate_limited',
      message: expect.stringMatching(/^Too many requests with this API key; try again in \d+/),
    });

    // Another key of the same address goes on.
    expect((await listFrom(other.key, '198.51.100.9')).status).toBe(200);
  });

  test('an address over its limit gets 429 whatever the key, even before one is checked', async () => {
    process.env.RATE_LIMIT_API_PER_IP = '4/1m';
    const { key } = await seedApiCaller(database);

    for (let count = 0; count < 2; count++) {
      expect((await listFrom(key, '203.0.113.8')).status).toBe(200);
      expect((await listFrom(null, '203.0.113.8')).status).toBe(403);
    }
    const refused = await listFrom(`spk_${'x'.repeat(43)}`, '203.0.113.8');

    expect(refused.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.json.message).toMatch(/from this IP address/);
    expect((await listFrom(key, '203.0.113.9')).status).toBe(200);
  });
});
