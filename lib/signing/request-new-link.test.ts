import { deliverOutbox } from '@/lib/mail/deliver-outbox';
import { recordingTransport } from '@/lib/testing/mail';
import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { loadSigningLink } from './load-signing-link';
import { NEW_LINKS_PER_HOUR, requestNewLink } from './request-new-link';

const PUBLIC_URL = 'https://sign.example.test';

describe.each(testEngines())('new links on request, and the outbox, on %s', (dialect) => {
  let database: TestDatabase;
  const issuedAt = new Date('2026-03-01T12:00:00Z');
  const later = new Date('2026-03-03T12:00:00Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  /** A package open until the 10th, whose links lived one day. */
  async function expiredLinkPackage() {
    const owner = await seedOrganization(database.db);

    return createdWith(owner);
  }

  async function createdWith(owner: { organizationId: string; memberId: string }) {
    return seedPackage(
      database.db,
      owner,
      { type: 'concurrent', timeSignBy: '2026-03-10T00:00:00Z', linkLifetimeDays: 1 },
      issuedAt,
    );
  }

  const context = { ...REQUEST, secret: TEST_SECRET, now: later };

  test('an expired link is replaced and the new one is mailed, never stored', async () => {
    const created = await expiredLinkPackage();
    const oldToken = created.signers[1]!.token!;

    expect(await requestNewLink(database.db, oldToken, context)).toBe('sent');
    expect(await loadSigningLink(database.db, oldToken)).toBeNull();

    const stored = await database.db.selectFrom('outbox_messages').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.recipient).toBe('ken+lease@example.test');
    expect(stored[0]!.body).toMatch(/\{\{signing-link:[0-9a-f-]{36}\}\}/);

    const { sent, transport } = recordingTransport();
    await deliverOutbox(database.db, {
      transport,
      secret: TEST_SECRET,
      publicUrl: PUBLIC_URL,
      now: later,
    });

    expect(sent).toHaveLength(1);
    const url = /https:\/\/sign\.example\.test\/sign\/([A-Za-z0-9_-]{22})/.exec(sent[0]!.text);
    expect(url).not.toBeNull();

    const fresh = await loadSigningLink(database.db, url![1]!);
    expect(fresh?.signerId).toBe(created.signers[1]!.signerId);
    expect(Date.parse(fresh!.linkTimeExpires)).toBeGreaterThan(later.getTime());
  });

  test('a new link to an executed package outlives its deadline: it opens the copies', async () => {
    const created = await expiredLinkPackage();
    await database.db
      .updateTable('packages')
      .set({ state: 'executed' })
      .where('id', '=', created.packageId)
      .execute();
    const afterDeadline = new Date('2026-03-12T12:00:00Z');

    const outcome = await requestNewLink(database.db, created.signers[0]!.token!, {
      ...context,
      now: afterDeadline,
    });
    expect(outcome).toBe('sent');

    const [issued] = await database.db
      .selectFrom('signing_links')
      .select('time_expires')
      .where('signer_id', '=', created.signers[0]!.signerId)
      .where('revoked_at', 'is', null)
      .execute();
    expect(Date.parse(issued!.time_expires)).toBeGreaterThan(afterDeadline.getTime());
  });

  test(`a signer can ask ${NEW_LINKS_PER_HOUR} times an hour, then must wait`, async () => {
    const created = await expiredLinkPackage();
    let token = created.signers[0]!.token!;
    const { sent, transport } = recordingTransport();

    for (let request = 0; request < NEW_LINKS_PER_HOUR; request++) {
      expect(await requestNewLink(database.db, token, context)).toBe('sent');
      await deliverOutbox(database.db, {
        transport,
        secret: TEST_SECRET,
        publicUrl: PUBLIC_URL,
        now: later,
      });
      token = /\/sign\/([A-Za-z0-9_-]{22})/.exec(sent.at(-1)!.text)![1]!;

      // The new link works; expire it again so that the next request is allowed.
      await database.db
        .updateTable('signing_links')
        .set({ time_expires: '2026-03-02T00:00:00.000Z' })
        .execute();
    }

    expect(await requestNewLink(database.db, token, context)).toBe('too_many');
  });

  test('a link that still works is not replaced', async () => {
    const created = await expiredLinkPackage();
    const early = { ...context, now: new Date('2026-03-01T18:00:00Z') };

    expect(await requestNewLink(database.db, created.signers[0]!.token!, early)).toBe(
      'not_expired',
    );
    expect(await database.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(0);
  });

  test('a failed send is retried with growing waits and sent once it works', async () => {
    const created = await expiredLinkPackage();
    await requestNewLink(database.db, created.signers[0]!.token!, context);
    const { sent, transport } = recordingTransport(3);
    const options = { transport, secret: TEST_SECRET, publicUrl: PUBLIC_URL };

    let at = later.getTime();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      await deliverOutbox(database.db, { ...options, now: new Date(at) });
      const message = await database.db
        .selectFrom('outbox_messages')
        .selectAll()
        .executeTakeFirstOrThrow();
      waits.push(Date.parse(message.available_at) - at);
      at = Date.parse(message.available_at);
    }

    expect(sent).toHaveLength(1);
    expect(waits.slice(0, 3)).toEqual([60_000, 120_000, 240_000]);

    const message = await database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(message.attempts).toBe(4);
    expect(message.delivered_at).not.toBeNull();
  });

  test('a message still failing after a day is marked failed, not dropped', async () => {
    const created = await expiredLinkPackage();
    await requestNewLink(database.db, created.signers[0]!.token!, context);
    const { transport } = recordingTransport(1000);

    let at = later.getTime();
    for (let attempt = 0; attempt < 20; attempt++) {
      await deliverOutbox(database.db, {
        transport,
        secret: TEST_SECRET,
        publicUrl: PUBLIC_URL,
        now: new Date(at),
      });
      const message = await database.db
        .selectFrom('outbox_messages')
        .selectAll()
        .executeTakeFirstOrThrow();
      if (message.failed_at) break;
      at = Date.parse(message.available_at);
    }

    const message = await database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(message.failed_at).not.toBeNull();
    expect(message.last_error).toBe('Mail server unavailable');
    expect(Date.parse(message.failed_at!) - later.getTime()).toBeLessThanOrEqual(24 * 3600_000);
  });
});
