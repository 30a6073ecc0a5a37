import { sql } from 'kysely';

import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { signRevision } from '@/lib/signing/sign-revision';
import { declinePackage } from '@/lib/signing/signer-events';
import {
  callApi,
  multipartBody,
  seedApiCaller,
  TINY_PDF,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { consentAll, realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/testing/webhook-receiver';
import { deliverWebhooks, WEBHOOK_TIMEOUT_MS } from '@/lib/webhooks/deliver-webhooks';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';
import { sweepPackages } from '@/lib/lifecycle/sweep-packages';
import { verifySignatureHeader } from '@/lib/webhooks/webhook-signature';

import * as upload from '../files/upload/route';
import * as add from '../packages/add/route';
import * as remove from '../packages/delete/route';
import * as extend from '../packages/extend/route';
import * as rescind from '../packages/rescind/route';
import * as send from '../packages/send/route';
import * as update from '../packages/update/route';
import * as setEndpoint from './endpoints/set/route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(60_000);

const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe.each(testEngines())('webhooks on %s', (dialect) => {
  let database: TestDatabase;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver.close();
    await database.close();
  });

  beforeEach(async () => {
    // Each test starts with nothing waiting from the ones before it.
    await database.db.deleteFrom('webhook_outbox').where('delivered_at', 'is', null).execute();
    receiver.received.length = 0;
    receiver.answerAlways(200);
  });

  /** An organization of the test's own with one endpoint on the receiver. */
  async function organizationWithEndpoint(path = '/hooks') {
    const caller = await seedApiCaller(database, 'Harbour Lettings');
    const registered = await callApi(setEndpoint.POST, 'POST', '/events/endpoints/set', {
      key: caller.key,
      body: { name: 'CRM', url: receiver.url(path) },
    });
    expect(registered.status).toBe(200);

    return { ...caller, endpoint: registered.json };
  }

  const deliver = (now: Date, timeoutMs?: number) =>
    deliverWebhooks(database.db, { secret: TEST_SECRET, now, timeoutMs });

  const outboxOf = (packageId: string) =>
    database.db
      .selectFrom('webhook_outbox')
      .selectAll()
      .where('package_id', '=', packageId)
      .orderBy('created_at')
      .orderBy('action')
      .execute();

  const outboxCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('webhook_outbox')
          .select(sql<number>`count(*)`.as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  test('POST /events/endpoints/set returns the secret once; bad input is refused', async () => {
    const caller = await seedApiCaller(database);
    const registered = await callApi(setEndpoint.POST, 'POST', '/events/endpoints/set', {
      key: caller.key,
      body: { name: ' CRM ', url: 'https://crm.example.test/hooks', extra: 'ignored' },
    });

    expect(registered.status).toBe(200);
    expect(registered.json).toEqual({
      endpointId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'CRM',
      url: 'https://crm.example.test/hooks',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      timeCreated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/),
      timeUpdated: expect.stringMatching(/\.\d{7}Z$/),
    });

    const stored = await database.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', registered.json.endpointId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(registered.json.secret.slice(6));

    const again = await callApi(setEndpoint.POST, 'POST', '/events/endpoints/set', {
      key: caller.key,
      body: { name: 'CRM', url: 'https://crm.example.test/v2/hooks' },
    });
    expect(again.json.endpointId).toBe(registered.json.endpointId);
    expect(again.json.secret).not.toBe(registered.json.secret);

    const cases: [string, unknown, number, string][] = [
      ['no key', null, 403, 'api_key_not_authorized'],
      ['no url', { name: 'CRM' }, 400, 'endpoint_invalid_url'],
      ['an ftp url', { name: 'CRM', url: 'ftp://crm.example.test/' }, 400, 'endpoint_invalid_url'],
      ['a relative url', { name: 'CRM', url: '/hooks' }, 400, 'endpoint_invalid_url'],
      [
        'credentials in the url',
        { name: 'CRM', url: 'https://user:pw@crm.example.test/' },
        400,
        'endpoint_invalid_url',
      ],
      ['an empty name', { name: ' ', url: 'https://a.example.test/' }, 400, 'endpoint_length_name'],
    ];
    const before = await database.db.selectFrom('webhook_endpoints').select('url').execute();

    for (const [, body, status, code] of cases) {
      const refused = await callApi(setEndpoint.POST, 'POST', '/events/endpoints/set', {
        key: body === null ? null : caller.key,
        body: body ?? {},
      });

      expect([refused.status, refused.json.error]).toEqual([status, code]);
      expect(refused.json.message).toEqual(expect.any(String));
    }
    expect(await database.db.selectFrom('webhook_endpoints').select('url').execute()).toEqual(
      before,
    );
  });

  test('each delivery is signed in X-Signature and verifies with the returned secret', async () => {
    const owner = await organizationWithEndpoint();
    const now = new Date();
    const created = await seedPackage(
      database.db,
      owner,
      { externalData: { crmId: 'deal-42' } },
      now,
    );

    expect(await deliver(now)).toEqual({ tried: 2, delivered: 2, failed: 0 });
    expect(receiver.received.map((request) => request.body.action)).toEqual(
      expect.arrayContaining(['package_add', 'package_send']),
    );

    for (const request of receiver.received) {
      expect(request.contentType).toBe('application/json');
      expect(request.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(
        verifySignatureHeader(request.signature!, owner.endpoint.secret, request.rawBody, now),
      ).toBe(true);
      // Another secret, or a body changed by one character, does not verify.
      expect(
        verifySignatureHeader(
          request.signature!,
          `${owner.endpoint.secret}x`,
          request.rawBody,
          now,
        ),
      ).toBe(false);
      expect(
        verifySignatureHeader(
          request.signature!,
          owner.endpoint.secret,
          request.rawBody.replace('deal-42', 'deal-43'),
          now,
        ),
      ).toBe(false);

      expect(request.body).toEqual({
        action: expect.any(String),
        eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        eventTime: now.toISOString().replace(/Z$/, '0000Z'),
        packageId: created.packageId,
        externalData: { crmId: 'deal-42' },
        eventOwnerOrganizationId: owner.organizationId,
        eventOwnerMemberId: owner.memberId,
      });
    }

    const rows = await outboxOf(created.packageId);
    expect(rows.map((row) => [row.attempts, row.delivered_at])).toEqual([
      [1, now.toISOString()],
      [1, now.toISOString()],
    ]);
    expect(await deliver(at(now, 5 * MINUTE))).toEqual({ tried: 0, delivered: 0, failed: 0 });
  });

  test('a receiver failing three times gets the same event once per retry, then keeps it', async () => {
    const owner = await organizationWithEndpoint();
    const t0 = new Date();
    const created = await seedPackage(database.db, owner, { state: 'draft' }, t0);
    receiver.answerNext(500, 503, 'hang');

    expect((await deliver(t0, 200)).delivered).toBe(0);
    expect(receiver.received).toHaveLength(1);

    // Not before the backoff has passed: one minute, then two, then four.
    expect((await deliver(at(t0, MINUTE - 1000), 200)).tried).toBe(0);
    expect((await deliver(at(t0, MINUTE), 200)).delivered).toBe(0);
    expect((await deliver(at(t0, 2 * MINUTE), 200)).tried).toBe(0);
    expect((await deliver(at(t0, 3 * MINUTE), 200)).delivered).toBe(0);
    expect(receiver.received).toHaveLength(3);

    const waiting = (await outboxOf(created.packageId))[0]!;
    expect(waiting).toMatchObject({
      attempts: 3,
      delivered_at: null,
      failed_at: null,
      available_at: at(t0, 7 * MINUTE).toISOString(),
      last_error: 'The endpoint did not answer within 0.2 seconds.',
    });

    expect(await deliver(at(t0, 7 * MINUTE), 200)).toEqual({ tried: 1, delivered: 1, failed: 0 });
    expect(await deliver(at(t0, 2 * 24 * 60 * MINUTE))).toEqual({
      tried: 0,
      delivered: 0,
      failed: 0,
    });

    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.received.map((request) => request.rawBody)).size).toBe(1);
    expect(receiver.received[0]!.body).toMatchObject({
      action: 'package_add',
      eventId: waiting.event_id,
    });
    expect((await outboxOf(created.packageId))[0]).toMatchObject({
      attempts: 4,
      delivered_at: at(t0, 7 * MINUTE).toISOString(),
      last_error: null,
    });
  });

  test('a receiver that never answers in time is retried for at most a day, then failed', async () => {
    expect(WEBHOOK_TIMEOUT_MS).toBe(10_000);

    const owner = await organizationWithEndpoint();
    const t0 = new Date();
    const created = await seedPackage(database.db, owner, { state: 'draft' }, t0);
    receiver.answerAlways('hang');

    let clock = t0;
    for (let pass = 0; pass < 30; pass++) {
      const result = await deliver(clock, 100);
      if (result.failed === 1) break;

      const [row] = await outboxOf(created.packageId);
      clock = new Date(row!.available_at);
    }

    const [row] = await outboxOf(created.packageId);
    expect(row!.failed_at).toBe(clock.toISOString());
    expect(Date.parse(row!.failed_at!) - t0.getTime()).toBeLessThanOrEqual(24 * 60 * MINUTE);
    expect(row!.attempts).toBe(receiver.received.length);
    expect(row!.attempts).toBeGreaterThan(5);
    expect(row!.last_error).toBe('The endpoint did not answer within 0.1 seconds.');

    receiver.answerAlways(200);
    expect((await deliver(at(t0, 3 * 24 * 60 * MINUTE))).tried).toBe(0);
    expect(receiver.received).toHaveLength(row!.attempts);
  });

  test('an unreachable endpoint and a redirect count as failures too', async () => {
    const owner = await organizationWithEndpoint();
    const now = new Date();
    const created = await seedPackage(database.db, owner, { state: 'draft' }, now);
    receiver.answerNext(302);

    await deliver(now);
    expect((await outboxOf(created.packageId))[0]!.last_error).toBe(
      'The endpoint answered HTTP 302.',
    );

    await database.db
      .updateTable('webhook_endpoints')
      .set({ url: 'http://127.0.0.1:9/hooks' })
      .where('organization_id', '=', owner.organizationId)
      .execute();
    await deliver(at(now, MINUTE));

    expect((await outboxOf(created.packageId))[0]).toMatchObject({
      attempts: 2,
      delivered_at: null,
      last_error: expect.stringMatching(/^The endpoint could not be reached \(/),
    });
  });

  test('the package API writes the event of each change it makes', async () => {
    const owner = await organizationWithEndpoint();
    const post = (handler: typeof send.POST, path: string, body: unknown) =>
      callApi(handler, 'POST', path, { key: owner.key, body });
    const { body, contentType } = multipartBody([
      { fileName: 'lease.pdf', content: await realLeasePdf() },
    ]);
    const uploaded = await callApi(upload.POST, 'POST', '/files/upload', {
      key: owner.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    const added = await post(add.POST, '/packages/add', {
      name: 'Lease',
      type: 'concurrent',
      state: 'open',
      externalData: { crmId: 'deal-9' },
      signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test' }],
      documents: [{ fileId: uploaded.json.files[0].fileId }],
    });
    const packageId = added.json.packageId as string;

    expect((await post(extend.POST, '/packages/extend', { packageId, days: 3 })).status).toBe(200);
    expect((await post(rescind.POST, '/packages/rescind', { packageId })).status).toBe(200);
    expect((await post(remove.POST, '/packages/delete', { packageId })).status).toBe(200);

    const rows = await outboxOf(packageId);
    expect(rows.map((row) => row.action).sort()).toEqual(
      ['package_add', 'package_rescind', 'package_send', 'package_update'].sort(),
    );
    expect(new Set(rows.map((row) => row.event_id)).size).toBe(4);

    // Events written before the package was deleted still reach the endpoint.
    await deliver(new Date());
    expect(receiver.received.map((request) => request.body.action).sort()).toEqual(
      rows.map((row) => row.action).sort(),
    );
    expect(receiver.received[0]!.body).toMatchObject({
      packageId,
      externalData: { crmId: 'deal-9' },
      eventOwnerOrganizationId: owner.organizationId,
      eventOwnerMemberId: owner.memberId,
    });
  });

  test('packages/update and the sweep that expires a package write their events', async () => {
    const owner = await organizationWithEndpoint();
    const openedAt = new Date();
    const deadline = new Date(openedAt.getTime() + 2 * 24 * 3600 * 1000);
    const created = await seedPackage(
      database.db,
      owner,
      { timeSignBy: deadline.toISOString() },
      openedAt,
    );

    const renamed = await callApi(update.POST, 'POST', '/packages/update', {
      key: owner.key,
      body: { packageId: created.packageId, name: 'Lease for 12 Quay Street, renewed' },
    });
    expect(renamed.status).toBe(200);

    await sweepPackages(database.db, new Date(deadline.getTime() + 1000));
    await sweepPackages(database.db, new Date(deadline.getTime() + 2000));

    const actions = (await outboxOf(created.packageId)).map((row) => row.action);
    expect(actions.filter((action) => action === 'package_update')).toHaveLength(1);
    expect(actions.filter((action) => action === 'package_expired')).toHaveLength(1);
  });

  test('a change that fails writes no event', async () => {
    const owner = await organizationWithEndpoint();
    const created = await seedPackage(database.db, owner, { state: 'draft' });
    const before = await outboxCount();

    // Rescinding a draft is refused: no package_rescind.
    const refused = await callApi(rescind.POST, 'POST', '/packages/rescind', {
      key: owner.key,
      body: { packageId: created.packageId, notify: false },
    });
    expect(refused.status).toBe(409);
    expect(await outboxCount()).toBe(before);

    // A transaction that fails after writing its event takes the event with it.
    await expect(
      database.db.transaction().execute(async (trx) => {
        const eventId = await recordWebhookEvent(trx, {
          action: 'package_update',
          packageId: created.packageId,
          at: new Date().toISOString(),
        });
        expect(eventId).not.toBeNull();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxCount()).toBe(before);

    const sent = await callApi(send.POST, 'POST', '/packages/send', {
      key: owner.key,
      body: { packageId: created.packageId },
    });
    expect(sent.status).toBe(200);
    expect(await outboxCount()).toBe(before + 1);
  });

  test("another organization's events never reach this organization's endpoints", async () => {
    const harbour = await organizationWithEndpoint('/harbour');
    const birch = await organizationWithEndpoint('/birch');
    const now = new Date();
    const harbourPackage = await seedPackage(database.db, harbour, { state: 'draft' }, now);
    const birchPackage = await seedPackage(database.db, birch, { state: 'draft' }, now);

    await deliver(now);

    const byPath = (path: string) =>
      receiver.received.filter((request) => request.path === path).map((r) => r.body);
    expect(byPath('/harbour')).toEqual([
      expect.objectContaining({
        packageId: harbourPackage.packageId,
        eventOwnerOrganizationId: harbour.organizationId,
      }),
    ]);
    expect(byPath('/birch')).toEqual([
      expect.objectContaining({
        packageId: birchPackage.packageId,
        eventOwnerOrganizationId: birch.organizationId,
      }),
    ]);
  });

  test('two deliverers at once send each event once', async () => {
    const owner = await organizationWithEndpoint();
    const now = new Date();
    for (let index = 0; index < 4; index++) await seedPackage(database.db, owner, {}, now);

    const passes = await Promise.all([deliver(now), deliver(now), deliver(now)]);

    expect(passes.reduce((sum, pass) => sum + pass.delivered, 0)).toBe(8);
    expect(receiver.received).toHaveLength(8);
    expect(new Set(receiver.received.map((request) => request.body.eventId)).size).toBe(8);
  });

  test('signing and declining send the document and decline events', async () => {
    const owner = await organizationWithEndpoint();
    const now = new Date();
    const pdf = await realLeasePdf();
    const created = await seedPackage(
      database.db,
      owner,
      {
        documents: [{ name: 'Lease', fileName: 'lease.pdf', content: pdf, pageCount: 2 }],
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
          { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test', order: 2 },
        ],
      },
      now,
    );
    const [ana, ben] = created.signers;
    const documentId = created.documentIds[0]!;
    await database.db
      .updateTable('documents')
      .set({ external_id: 'crm-doc-7' })
      .where('id', '=', documentId)
      .execute();
    await consentAll(database.db, [ana!.token, ben!.token], now);

    for (const signer of [ana!, ben!]) {
      const outcome = await signRevision(database.db, {
        token: signer.token!,
        documentId,
        signature: { kind: 'typed', text: 'Signed' },
        now,
        ...REQUEST,
      });
      expect(outcome.status).toBe('signed');
    }
    await deliver(now);

    const bodies = receiver.received.map((request) => request.body);
    const signed = bodies.filter((body) => body.action === 'document_signed');
    expect(signed).toEqual([
      expect.objectContaining({
        documentId,
        signerId: ana!.signerId,
        revisionId: expect.any(String),
        nextSignerId: ben!.signerId,
        externalId: 'crm-doc-7',
      }),
      expect.objectContaining({ signerId: ben!.signerId, nextSignerId: null }),
    ]);
    expect(bodies.filter((body) => body.action === 'document_executed')).toEqual([
      expect.objectContaining({ documentId, signerId: ben!.signerId, nextSignerId: null }),
    ]);
    expect(bodies.filter((body) => body.action === 'package_executed')).toHaveLength(1);

    const declined = await seedPackage(
      database.db,
      owner,
      { documents: [{ name: 'Rider', fileName: 'rider.pdf', content: TINY_PDF, pageCount: 1 }] },
      now,
    );
    receiver.received.length = 0;
    expect(
      await declinePackage(database.db, declined.signers[0]!.token!, 'Wrong unit number', {
        ...REQUEST,
        now,
      }),
    ).toBe('declined');
    await deliver(now);

    expect(receiver.received.map((request) => request.body)).toContainEqual(
      expect.objectContaining({
        action: 'package_decline',
        packageId: declined.packageId,
        signerId: declined.signers[0]!.signerId,
        declineReason: 'Wrong unit number',
        rescinded: true,
      }),
    );
  });
});
