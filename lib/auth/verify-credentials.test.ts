import bcrypt from 'bcryptjs';

import { seedOrganization } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { rateLimitRule } from '@/lib/rate-limit/rate-limit-rules';

import { recordFailedSignIn } from './sign-in-throttle';
import { verifyCredentials } from './verify-credentials';

const MAX_FAILURES_PER_EMAIL = rateLimitRule('signInPerEmail').limit;
const MAX_FAILURES_PER_IP_ADDRESS = rateLimitRule('signInPerIpAddress').limit;
const SIGN_IN_WINDOW_MINUTES = rateLimitRule('signInPerEmail').windowSeconds / 60;

const NOW = new Date('2026-03-01T12:00:00.000Z');
const PASSWORD = 'correct horse battery staple';

// bcrypt at the production cost takes most of a second in JavaScript, more on a busy machine.
jest.setTimeout(30_000);

describe.each(testEngines())('verifyCredentials on %s', (dialect) => {
  let database: TestDatabase;
  let owner: { organizationId: string; memberId: string };
  const email = 'olivia@harbour.example';

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    owner = await seedOrganization(database.db);
    await database.db
      .updateTable('members')
      .set({ email, password_hash: await bcrypt.hash(PASSWORD, 4) })
      .where('id', '=', owner.memberId)
      .execute();
  });

  afterEach(async () => {
    await database.close();
  });

  const attempt = (password: string, options: { at?: Date; ip?: string; as?: string } = {}) =>
    verifyCredentials(
      database.db,
      { email: options.as ?? email, password, ipAddress: options.ip ?? '203.0.113.9' },
      options.at ?? NOW,
    );

  test('the right password signs the member in, whatever the case of the address', async () => {
    expect(await attempt(PASSWORD, { as: ' Olivia@Harbour.Example ' })).toEqual({
      kind: 'signed_in',
      member: {
        memberId: owner.memberId,
        organizationId: owner.organizationId,
        name: 'Olivia Owner',
        email,
      },
    });
  });

  test('a wrong password, an unknown address and empty fields are refused alike', async () => {
    expect(await attempt('wrong')).toEqual({ kind: 'refused' });
    expect(await attempt(PASSWORD, { as: 'nobody@harbour.example' })).toEqual({
      kind: 'refused',
    });
    expect(await attempt('')).toEqual({ kind: 'refused' });
    expect(await attempt(PASSWORD, { as: '' })).toEqual({ kind: 'refused' });
  });

  test('after too many failures on an address even the right password waits', async () => {
    for (let count = 0; count < MAX_FAILURES_PER_EMAIL; count++) {
      await attempt(`guess ${count}`, { ip: `198.51.100.${count}` });
    }

    expect(await attempt(PASSWORD)).toEqual({ kind: 'throttled' });

    const later = new Date(NOW.getTime() + (SIGN_IN_WINDOW_MINUTES + 1) * 60_000);
    expect((await attempt(PASSWORD, { at: later })).kind).toBe('signed_in');
  });

  test('too many failures from one IP address pause every address from it', async () => {
    // Recorded directly: each unknown address costs a full bcrypt round, by design.
    for (let count = 0; count < MAX_FAILURES_PER_IP_ADDRESS - 1; count++) {
      const source = { email: `someone-${count}@harbour.example`, ipAddress: '192.0.2.1' };
      await recordFailedSignIn(database.db, source, NOW);
    }
    expect(await attempt('last guess', { ip: '192.0.2.1' })).toEqual({ kind: 'refused' });

    expect(await attempt(PASSWORD, { ip: '192.0.2.1' })).toEqual({ kind: 'throttled' });
    expect((await attempt(PASSWORD, { ip: '192.0.2.2' })).kind).toBe('signed_in');
  });

  test('a successful sign-in forgets the address’s earlier failures', async () => {
    for (let count = 0; count < MAX_FAILURES_PER_EMAIL - 1; count++) await attempt('guess');

    expect((await attempt(PASSWORD)).kind).toBe('signed_in');
    expect(await attempt('one more typo')).toEqual({ kind: 'refused' });
    expect((await attempt(PASSWORD)).kind).toBe('signed_in');
  });
});
