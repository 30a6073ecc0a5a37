import { recordFailedSignIn } from '@/lib/auth/sign-in-throttle';
import { useApiTestDatabase } from '@/lib/testing/api-harness';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import * as nextAuth from './[...nextauth]/route';

jest.setTimeout(30_000);

describe.each(testEngines())('sign-in over its limit on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterEach(async () => {
    await database.close();
  });

  const signIn = (email: string, address: string) =>
    nextAuth.POST(
      new Request('https://portal.example.test/api/auth/callback/credentials', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': address,
        },
        body: new URLSearchParams({ email, password: 'a guess', json: 'true' }),
      }) as never,
      { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
    );

  test('is answered 429 with Retry-After, in the shape the sign-in form reads', async () => {
    const source = { email: 'olivia@harbour.example', ipAddress: '198.51.100.4' };
    for (let count = 0; count < 5; count++)
      await recordFailedSignIn(database.db, source, new Date());

    const response = await signIn(' Olivia@Harbour.example', '203.0.113.4');

    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    expect(new URL((await response.json()).url).searchParams.get('error')).toBe('TooManyAttempts');
  });

  test('an address with too many failures is paused for every email from it', async () => {
    for (let count = 0; count < 20; count++) {
      const source = { email: `someone-${count}@harbour.example`, ipAddress: '192.0.2.7' };
      await recordFailedSignIn(database.db, source, new Date());
    }

    expect((await signIn('new@harbour.example', '192.0.2.7')).status).toBe(429);
  });
});
