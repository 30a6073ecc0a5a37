import { POST } from '@/app/sign/[token]/new-link/route';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { NEW_LINKS_PER_HOUR } from './request-new-link';

jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.1', 'user-agent': 'Tests' }),
}));

jest.setTimeout(30_000);

describe.each(testEngines())('POST /sign/{token}/new-link on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterEach(async () => {
    await database.close();
  });

  /** A signer whose one-day link expired yesterday, who asked `times` times `minutesAgo`. */
  async function signerWhoAsked(times: number, minutesAgo: number) {
    const owner = await seedOrganization(database.db);
    const issuedAt = new Date(Date.now() - 2 * 86_400_000);
    const created = await seedPackage(
      database.db,
      owner,
      {
        type: 'concurrent',
        timeSignBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        linkLifetimeDays: 1,
      },
      issuedAt,
    );
    const signer = created.signers[0]!;

    for (let count = 0; count < times; count++) {
      await recordAuditEvent(database.db, {
        organizationId: owner.organizationId,
        packageId: created.packageId,
        signerId: signer.signerId,
        action: 'new_link_requested',
        occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      });
    }

    return signer.token!;
  }

  const ask = (token: string) =>
    POST(
      new Request(`https://portal.example.test/sign/${token}/new-link`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      }),
      { params: Promise.resolve({ token }) },
    );

  test('a signer within the limit is sent on to the page that says a link is coming', async () => {
    const response = await ask(await signerWhoAsked(NEW_LINKS_PER_HOUR - 1, 10));

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/link-requested');
  });

  test('one more is answered 429, with Retry-After when the first request turns an hour', async () => {
    const response = await ask(await signerWhoAsked(NEW_LINKS_PER_HOUR, 10));
    const retryAfter = Number(response.headers.get('retry-after'));

    expect(response.status).toBe(429);
    expect(retryAfter).toBeGreaterThan(49 * 60);
    expect(retryAfter).toBeLessThanOrEqual(50 * 60);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('You can ask again in 50 minutes.');
    expect(await database.db.selectFrom('outbox_messages').select('id').execute()).toEqual([]);
  });
});
