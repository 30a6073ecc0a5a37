import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';
import { deliverWebhooks } from '@/lib/webhooks/deliver-webhooks';
import { resendWebhookEvent } from '@/lib/webhooks/resend-webhook-event';
import { setWebhookEndpoint } from '@/lib/webhooks/set-webhook-endpoint';

import { listWebhookDeliveries } from './list-webhook-deliveries';

const REQUEST = { ipAddress: null, userAgent: null };

describe.each(testEngines())('webhook deliveries for the dashboard on %s', (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });

  afterAll(async () => {
    await database.close();
  });

  async function organizationWithEndpoint(name: string) {
    const owner = await seedOrganization(database.db, name);
    const caller = { ...owner, apiKeyId: 'test' };
    // Nothing listens on port 9 of the loopback address: every attempt fails at once.
    await setWebhookEndpoint(
      database.db,
      { name: `${name} CRM`, url: 'http://127.0.0.1:9/hooks' },
      { caller, secret: TEST_SECRET, now: new Date(), ...REQUEST },
    );

    return owner;
  }

  test("lists the organization's failed and waiting events, never another's", async () => {
    const harbour = await organizationWithEndpoint('Harbour');
    const birch = await organizationWithEndpoint('Birch');
    const t0 = new Date(Date.now() - 2 * 24 * 3600_000);

    const gone = await seedPackage(database.db, harbour, { name: 'Lease to give up' }, t0);
    await deliverWebhooks(database.db, { secret: TEST_SECRET, now: t0 });
    // A day and more later the next attempt fails for good.
    await deliverWebhooks(database.db, { secret: TEST_SECRET, now: new Date() });
    await seedPackage(database.db, harbour, { name: 'Lease still tried', state: 'draft' });
    await seedPackage(database.db, birch, { name: 'Birch lease', state: 'draft' });

    const overview = await listWebhookDeliveries(database.db, harbour.organizationId);

    expect(overview.endpoints.map((endpoint) => endpoint.name)).toEqual(['Harbour CRM']);
    expect(overview.failed.map((entry) => [entry.action, entry.packageName])).toEqual(
      expect.arrayContaining([
        ['package_add', 'Lease to give up'],
        ['package_send', 'Lease to give up'],
      ]),
    );
    expect(overview.failedTotal).toBe(2);
    expect(overview.failed[0]).toMatchObject({
      packageId: gone.packageId,
      endpointName: 'Harbour CRM',
      endpointUrl: 'http://127.0.0.1:9/hooks',
      attempts: 2,
      lastError: expect.stringMatching(/could not be reached/),
      failedAt: expect.any(String),
    });
    expect(overview.pending.map((entry) => [entry.action, entry.packageName])).toEqual([
      ['package_add', 'Lease still tried'],
    ]);
    expect(overview.pendingTotal).toBe(1);

    const birchView = await listWebhookDeliveries(database.db, birch.organizationId);
    expect(birchView.failed).toEqual([]);
    expect(birchView.pending.map((entry) => entry.packageName)).toEqual(['Birch lease']);
  });

  test('an owner sends a failed event again, once more, and only their own', async () => {
    const harbour = await organizationWithEndpoint('Harbour again');
    const birch = await organizationWithEndpoint('Birch again');
    const t0 = new Date(Date.now() - 2 * 24 * 3600_000);
    await seedPackage(database.db, harbour, { state: 'draft' }, t0);
    await deliverWebhooks(database.db, { secret: TEST_SECRET, now: t0 });
    await deliverWebhooks(database.db, { secret: TEST_SECRET, now: new Date() });

    const [failed] = (await listWebhookDeliveries(database.db, harbour.organizationId)).failed;
    expect(failed).toMatchObject({ attempts: 2, failedAt: expect.any(String) });
    const context = { memberId: birch.memberId, now: new Date(), ...REQUEST };

    expect(await resendWebhookEvent(database.db, birch.organizationId, failed!.id, context)).toBe(
      false,
    );
    expect((await listWebhookDeliveries(database.db, harbour.organizationId)).failed).toEqual([
      failed,
    ]);

    const again = { ...context, memberId: harbour.memberId };
    expect(await resendWebhookEvent(database.db, harbour.organizationId, failed!.id, again)).toBe(
      true,
    );
    expect(await resendWebhookEvent(database.db, harbour.organizationId, failed!.id, again)).toBe(
      false,
    );
    const waiting = await listWebhookDeliveries(database.db, harbour.organizationId);
    expect(waiting.failed).toEqual([]);
    expect(waiting.pending).toEqual([
      expect.objectContaining({ id: failed!.id, eventId: failed!.eventId, attempts: 2 }),
    ]);

    // The endpoint still does not answer: one more attempt, and the event is failed again.
    await deliverWebhooks(database.db, { secret: TEST_SECRET, now: new Date() });
    const after = await listWebhookDeliveries(database.db, harbour.organizationId);
    expect(after.failed).toEqual([expect.objectContaining({ id: failed!.id, attempts: 3 })]);
  });
});
