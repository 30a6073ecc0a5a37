import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { consentAll, realLeasePdf } from '@/lib/testing/signing';
import { startSigningWorker } from '@/lib/testing/start-signing-worker';
import { openSharedTestDatabase, type SharedTestDatabase } from '@/lib/testing/test-databases';
import { setWebhookEndpoint } from '@/lib/webhooks/set-webhook-endpoint';

/**
 * Two app instances on one PostgreSQL database: 1,000 sign requests spread over two processes,
 * many of them for the same revisions at the same moment, record each revision once, with one
 * audit event and one webhook event each, and every process answers each request without an
 * error.
 *
 * Long: runs only with LONG_TESTS=1 (CI sets it), and needs TEST_DATABASE_URL.
 */

const REQUESTS = Number(process.env.TWO_INSTANCE_REQUESTS ?? 1000);
const runs = process.env.LONG_TESTS === '1' && Boolean(process.env.TEST_DATABASE_URL);

if (!runs) {
  console.warn('LONG_TESTS or TEST_DATABASE_URL is not set: the two-instance test is skipped.');
}

jest.setTimeout(20 * 60_000);

const describeLong = runs ? describe : describe.skip;

describeLong('two instances signing on one PostgreSQL database', () => {
  let database: SharedTestDatabase;

  beforeAll(async () => {
    database = await openSharedTestDatabase('postgres');
  });

  afterAll(async () => {
    await database?.close();
  });

  test(`${REQUESTS} sign requests over two processes record each revision once`, async () => {
    const started = Date.now();
    const owner = await seedOrganization(database.db);
    await setWebhookEndpoint(
      database.db,
      { name: 'CRM', url: 'https://crm.example.test/hooks' },
      {
        caller: { apiKeyId: null, ...owner },
        secret: TEST_SECRET,
        now: new Date(),
        ipAddress: null,
        userAgent: null,
      },
    );
    const pdf = await realLeasePdf();
    const targets: { token: string; documentId: string; type: string }[] = [];

    for (const [type, copies, documentCount] of [
      ['concurrent', 8, 2],
      ['Counterpart', 5, 1],
      ['Sequential', 5, 1],
    ] as const) {
      for (let copy = 0; copy < copies; copy++) {
        const created = await seedPackage(database.db, owner, {
          type,
          documents: Array.from({ length: documentCount }, (_, index) => ({
            name: `Lease part ${index + 1}`,
            fileName: `lease-${index + 1}.pdf`,
            content: pdf,
            pageCount: 2,
          })),
        });
        await consentAll(
          database.db,
          created.signers.map((signer) => signer.token),
          new Date(),
        );
        for (const signer of created.signers) {
          for (const documentId of created.documentIds) {
            targets.push({ token: signer.token!, documentId, type });
          }
        }
      }
    }

    // Every revision at least once, the rest at random: most revisions are asked for many times.
    const requests = [...targets];
    while (requests.length < REQUESTS) {
      requests.push(targets[Math.floor(Math.random() * targets.length)]!);
    }
    requests.sort(() => Math.random() - 0.5);

    const folder = mkdtempSync(path.join(tmpdir(), 'two-instances-'));
    const files = [0, 1].map((instance) => {
      const file = path.join(folder, `requests-${instance}.json`);
      const own = requests.filter((_, index) => index % 2 === instance);
      writeFileSync(
        file,
        JSON.stringify(own.map(({ token, documentId }) => ({ token, documentId }))),
      );

      return file;
    });

    const workers = files.map((file) => startSigningWorker(database, ['requests', file]));
    const codes = await Promise.all(workers.map((worker) => worker.exited));
    const outputs = workers.map((worker) => worker.output());
    rmSync(folder, { recursive: true, force: true });
    expect({ codes, outputs: codes.some(Boolean) ? outputs : [] }).toEqual({
      codes: [0, 0],
      outputs: [],
    });

    const counts = outputs.map(
      (output) => JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number>,
    );
    const total = (status: string) => counts.reduce((sum, count) => sum + (count[status] ?? 0), 0);
    expect(total('error')).toBe(0);
    expect(total('signed') + total('already_signed') + total('refused')).toBe(requests.length);

    const revisions = await database.db
      .selectFrom('revisions')
      .select(['id', 'signed_at', 'signed_file_id'])
      .execute();
    const events = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'revision_signed')
      .execute();
    const eventsByRevision = new Map<string, number>();
    for (const event of events) {
      const { revisionId } = JSON.parse(event.details!) as { revisionId: string };
      eventsByRevision.set(revisionId, (eventsByRevision.get(revisionId) ?? 0) + 1);
    }
    const signed = revisions.filter((revision) => revision.signed_at);
    const signedFiles = await database.db
      .selectFrom('files')
      .select('id')
      .where('kind', '=', 'signed')
      .execute();

    // Each signature recorded once: one "signed" answer, one event and one file for each.
    expect(total('signed')).toBe(signed.length);
    expect(events).toHaveLength(signed.length);
    expect(signedFiles).toHaveLength(signed.length);
    for (const revision of revisions) {
      expect([revision.id, eventsByRevision.get(revision.id) ?? 0]).toEqual([
        revision.id,
        revision.signed_at ? 1 : 0,
      ]);
    }

    // Each signature was announced to the webhook endpoint once, in the same transaction.
    const signedEvents = await database.db
      .selectFrom('webhook_outbox')
      .select('body')
      .where('action', '=', 'document_signed')
      .execute();
    const announced = signedEvents.map((event) => JSON.parse(event.body).revisionId as string);
    expect(announced.sort()).toEqual(signed.map((revision) => revision.id).sort());

    // Every revision that may be signed at any time was, by one of the two.
    const alwaysOpen = targets.filter((target) => target.type !== 'Sequential').length;
    expect(signed.length).toBeGreaterThanOrEqual(alwaysOpen);

    console.log(
      `two instances: ${requests.length} requests, ${signed.length} revisions signed, ` +
        `${JSON.stringify(counts)}, ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });
});
