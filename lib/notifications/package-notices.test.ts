import { deletePackage, rescindPackage } from '@/lib/api/packages/package-lifecycle';
import type { ApiContext } from '@/lib/api/api-route';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { signingLinkOutcome } from '@/lib/domain/signer-view';
import { deliverOutbox } from '@/lib/mail/deliver-outbox';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { signRevision, type AdoptedSignature } from '@/lib/signing/sign-revision';
import { declinePackage } from '@/lib/signing/signer-events';
import { outboxMessages, recordingTransport } from '@/lib/testing/mail';
import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { consentAll, realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
// The outbox write can be made to fail, to show that it rolls back with the change.
jest.mock('@/lib/mail/enqueue-mail', () => {
  const actual = jest.requireActual('@/lib/mail/enqueue-mail');

  return { ...actual, enqueueMail: jest.fn(actual.enqueueMail) };
});
jest.setTimeout(60_000);

const PUBLIC_URL = 'https://portal.example.test';
const typed: AdoptedSignature = { kind: 'typed', text: 'Signed' };
const actualEnqueueMail: typeof enqueueMail =
  jest.requireActual('@/lib/mail/enqueue-mail').enqueueMail;

/** The next outbox write to `recipient` fails, as a database error would. */
function failOutboxWriteTo(recipient: string) {
  jest.mocked(enqueueMail).mockImplementation(async (db, message, now) => {
    if (message.recipient === recipient) throw new Error('The outbox could not be written');

    return actualEnqueueMail(db, message, now);
  });
}

describe.each(testEngines())('package notices on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-01T12:00:00.000Z');

  beforeAll(() => {
    process.env.PUBLIC_URL = PUBLIC_URL;
    process.env.PORTAL_SECRET = TEST_SECRET;
  });

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    jest.mocked(enqueueMail).mockImplementation(actualEnqueueMail);
    await database.close();
  });

  /** A concurrent package of one real document and two signers, both agreed to sign. */
  async function openPackage(options: { creator?: boolean; signerName?: string } = {}) {
    const owner = await seedOrganization(database.db, 'Harbour & Sons <Lettings>');
    const pdf = await realLeasePdf();
    const created = await seedPackage(
      database.db,
      owner,
      {
        type: 'concurrent',
        memberId: options.creator === false ? null : owner.memberId,
        documents: [{ name: 'Lease', fileName: 'lease.pdf', content: pdf, pageCount: 2 }],
        signers: [
          {
            firstName: options.signerName ?? 'Ana',
            lastName: 'Silva',
            email: 'ana@example.test',
            order: 1,
          },
          { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test', order: 1 },
        ],
      },
      now,
    );
    await consentAll(
      database.db,
      created.signers.map((signer) => signer.token),
      now,
    );
    const ownerEmail = (
      await database.db
        .selectFrom('members')
        .select('email')
        .where('id', '=', owner.memberId)
        .executeTakeFirstOrThrow()
    ).email;

    return { owner, ownerEmail, created };
  }

  const sign = (token: string, documentId: string, at = now) =>
    signRevision(database.db, { token, documentId, signature: typed, now: at, ...REQUEST });

  async function packageState(packageId: string) {
    const row = await database.db
      .selectFrom('packages')
      .select('state')
      .where('id', '=', packageId)
      .executeTakeFirstOrThrow();

    return row.state;
  }

  function apiContext(owner: { organizationId: string; memberId: string }): ApiContext {
    return {
      db: database.db,
      caller: { apiKeyId: 'test-key', ...owner },
      metadata: REQUEST,
      now,
      apiVersion: null,
    };
  }

  /** Sends the outbox through a transport that keeps each message, links filled in. */
  async function deliver(db: Kysely<Database> = database.db) {
    const { sent, transport } = recordingTransport();
    await deliverOutbox(db, { transport, secret: TEST_SECRET, publicUrl: PUBLIC_URL, now });

    return sent;
  }

  describe('executed', () => {
    test('each signer gets a link to their signer page, the owner the package page', async () => {
      const { ownerEmail, created } = await openPackage();
      const [ana, ben] = created.signers;
      const documentId = created.documentIds[0]!;

      await sign(ana!.token!, documentId);
      expect(await outboxMessages(database.db)).toHaveLength(0);

      const last = await sign(ben!.token!, documentId);
      expect(last).toMatchObject({ status: 'signed', packageExecuted: true });

      const messages = await outboxMessages(database.db);
      expect(messages.map((message) => [message.recipient, message.subject])).toEqual(
        expect.arrayContaining([
          ['ana@example.test', 'Signed by everyone: Lease for 12 Quay Street'],
          ['ben@example.test', 'Signed by everyone: Lease for 12 Quay Street'],
          [ownerEmail, 'Completed: Lease for 12 Quay Street'],
        ]),
      );
      expect(messages).toHaveLength(3);
      // Written by the signing itself, at the moment of the signature.
      expect(messages.every((message) => message.created_at === now.toISOString())).toBe(true);

      const sent = await deliver();
      const toAna = sent.find((mail) => mail.to === 'ana@example.test')!;
      const token = toAna.text.match(/\/sign\/([\w-]+)/)![1]!;
      const link = await loadSigningLink(database.db, token);
      expect(link?.signerId).toBe(ana!.signerId);
      expect(signingLinkOutcome(link!, now)).toBe('executed');
      expect(toAna.text).toContain('Download your signed copy');
      expect(toAna.html).toContain(`<a href="${PUBLIC_URL}/sign/${token}"`);
      expect(toAna.text).toContain('Harbour & Sons <Lettings>');
      expect(toAna.html).toContain('Harbour &amp; Sons &lt;Lettings&gt;');

      const toOwner = sent.find((mail) => mail.to === ownerEmail)!;
      const packageUrl = `${PUBLIC_URL}/dashboard/packages/${created.packageId}`;
      expect(toOwner.text).toContain(packageUrl);
      expect(toOwner.text).toContain('Signers: Ana Silva, Ben Okafor.');
      expect(toOwner.text).toContain('Sunday, March 1, 2026 at 12:00 PM UTC');
      expect(toOwner.html).toContain(`<a href="${packageUrl}"`);
    });

    test('nothing is mailed when the last signature is refused or rolled back', async () => {
      const { ownerEmail, created } = await openPackage();
      const [ana, ben] = created.signers;
      const documentId = created.documentIds[0]!;
      await sign(ana!.token!, documentId);

      const late = await sign(ben!.token!, documentId, new Date('2026-03-09T12:00:00.000Z'));
      expect(late).toMatchObject({ status: 'refused' });
      expect(await outboxMessages(database.db)).toHaveLength(0);

      // The owner's notice fails after the signers' were written: the signature, the state
      // and the signers' notices all roll back together.
      failOutboxWriteTo(ownerEmail);
      await expect(sign(ben!.token!, documentId)).rejects.toThrow('could not be written');
      expect(await outboxMessages(database.db)).toHaveLength(0);
      expect(await packageState(created.packageId)).toBe('open');

      jest.mocked(enqueueMail).mockImplementation(actualEnqueueMail);
      expect(await sign(ben!.token!, documentId)).toMatchObject({ packageExecuted: true });
      expect(await outboxMessages(database.db)).toHaveLength(3);
    });

    test('a package without a creating member tells every member of the organization', async () => {
      const { owner, ownerEmail, created } = await openPackage({ creator: false });
      await database.db
        .insertInto('members')
        .values({
          id: crypto.randomUUID(),
          organization_id: owner.organizationId,
          email: 'second-owner@example.test',
          name: 'Sam Second',
          password_hash: null,
          time_zone: 'Asia/Kolkata',
          created_at: now.toISOString(),
        })
        .execute();
      const [ana, ben] = created.signers;
      await sign(ana!.token!, created.documentIds[0]!);
      await sign(ben!.token!, created.documentIds[0]!);

      const completed = (await outboxMessages(database.db)).filter((message) =>
        message.subject.startsWith('Completed:'),
      );
      expect(completed.map((message) => message.recipient).sort()).toEqual(
        [ownerEmail, 'second-owner@example.test'].sort(),
      );
      const toSecond = completed.find((m) => m.recipient === 'second-owner@example.test')!;
      // Each owner reads the time in their own zone, named.
      expect(toSecond.body).toContain('5:30 PM GMT+5:30');
    });
  });

  describe('declined', () => {
    test('the owner hears who declined and why; the other signers that it is off', async () => {
      const { ownerEmail, created } = await openPackage({ signerName: '<b>Ana</b>' });
      const [ana] = created.signers;

      const outcome = await declinePackage(database.db, ana!.token!, 'The rent is <wrong>.', {
        ...REQUEST,
        now,
      });
      expect(outcome).toBe('declined');

      const messages = await outboxMessages(database.db);
      expect(messages.map((message) => message.recipient).sort()).toEqual(
        ['ben@example.test', ownerEmail].sort(),
      );

      const sent = await deliver();
      const toOwner = sent.find((mail) => mail.to === ownerEmail)!;
      expect(toOwner.subject).toBe('Declined: Lease for 12 Quay Street');
      expect(toOwner.text).toContain('<b>Ana</b> Silva (ana@example.test) declined to sign');
      expect(toOwner.text).toContain('The rent is <wrong>.');
      expect(toOwner.text).toContain(`${PUBLIC_URL}/dashboard/packages/${created.packageId}`);
      expect(toOwner.html).toContain('&lt;b&gt;Ana&lt;/b&gt; Silva');
      expect(toOwner.html).toContain('The rent is &lt;wrong&gt;.');
      expect(toOwner.html).not.toContain('<b>');

      const toBen = sent.find((mail) => mail.to === 'ben@example.test')!;
      expect(toBen.subject).toBe('Cancelled: Lease for 12 Quay Street');
      expect(toBen.text).not.toContain('The rent is');
    });

    test('a decline that is refused or rolled back mails nothing', async () => {
      const { ownerEmail, created } = await openPackage();
      const [ana, ben] = created.signers;

      failOutboxWriteTo('ben@example.test');
      await expect(
        declinePackage(database.db, ana!.token!, null, { ...REQUEST, now }),
      ).rejects.toThrow('could not be written');
      expect(await outboxMessages(database.db)).toHaveLength(0);
      expect(await packageState(created.packageId)).toBe('open');
      jest.mocked(enqueueMail).mockImplementation(actualEnqueueMail);

      await declinePackage(database.db, ana!.token!, null, { ...REQUEST, now });
      const afterFirst = await outboxMessages(database.db);
      expect(afterFirst.map((message) => message.recipient).sort()).toEqual(
        ['ben@example.test', ownerEmail].sort(),
      );
      expect(afterFirst.find((m) => m.recipient === ownerEmail)?.body).toContain(
        'They gave no reason.',
      );

      const second = await declinePackage(database.db, ben!.token!, 'Me too', { ...REQUEST, now });
      expect(second).toBe('not_allowed');
      expect(await outboxMessages(database.db)).toHaveLength(afterFirst.length);
    });
  });

  describe('rescinded', () => {
    test("every signer gets the owner's message, escaped in the HTML part", async () => {
      const { owner, ownerEmail, created } = await openPackage();

      await rescindPackage(apiContext(owner), {
        packageId: created.packageId,
        rescindMessage: 'The unit was let to <someone> else & we are sorry.',
        notify: true,
      });

      const messages = await outboxMessages(database.db);
      expect(messages.map((message) => message.recipient).sort()).toEqual([
        'ana@example.test',
        'ben@example.test',
      ]);
      expect(messages.some((message) => message.recipient === ownerEmail)).toBe(false);

      const [toAna] = (await deliver()).filter((mail) => mail.to === 'ana@example.test');
      expect(toAna!.subject).toBe('Cancelled: Lease for 12 Quay Street');
      expect(toAna!.text).toContain('Harbour & Sons <Lettings> has cancelled');
      expect(toAna!.text).toContain('The unit was let to <someone> else & we are sorry.');
      expect(toAna!.html).toContain('The unit was let to &lt;someone&gt; else &amp; we are sorry.');
    });

    test('notify: false, a refused rescind and a rolled-back one mail nothing', async () => {
      const { owner, created } = await openPackage();
      const context = apiContext(owner);

      failOutboxWriteTo('ben@example.test');
      await expect(
        rescindPackage(context, { packageId: created.packageId, notify: true }),
      ).rejects.toThrow('could not be written');
      expect(await outboxMessages(database.db)).toHaveLength(0);
      expect(await packageState(created.packageId)).toBe('open');
      jest.mocked(enqueueMail).mockImplementation(actualEnqueueMail);

      await rescindPackage(context, { packageId: created.packageId, notify: false });
      expect(await packageState(created.packageId)).toBe('rescinded');
      expect(await outboxMessages(database.db)).toHaveLength(0);

      await expect(
        rescindPackage(context, { packageId: created.packageId, notify: true }),
      ).rejects.toMatchObject({ status: 409 });
      expect(await outboxMessages(database.db)).toHaveLength(0);
    });
  });

  describe('deleted', () => {
    test('with notify the signers of an open package hear of it, never of a draft', async () => {
      const { owner, created } = await openPackage();
      const context = apiContext(owner);

      await deletePackage(context, { packageId: created.packageId, notify: true });
      const messages = await outboxMessages(database.db);
      expect(messages.map((message) => [message.recipient, message.subject]).sort()).toEqual([
        ['ana@example.test', 'Withdrawn: Lease for 12 Quay Street'],
        ['ben@example.test', 'Withdrawn: Lease for 12 Quay Street'],
      ]);

      const quiet = await openPackage();
      await deletePackage(apiContext(quiet.owner), {
        packageId: quiet.created.packageId,
        notify: false,
      });
      const draft = await seedPackage(database.db, owner, { state: 'draft' }, now);
      await deletePackage(context, { packageId: draft.packageId, notify: true });
      expect(await outboxMessages(database.db)).toHaveLength(2);
    });
  });

  test('a failed send is retried later and never undoes the change', async () => {
    const { created } = await openPackage();
    const [ana, ben] = created.signers;
    await sign(ana!.token!, created.documentIds[0]!);
    await sign(ben!.token!, created.documentIds[0]!);

    const failing = recordingTransport(10);
    const options = { secret: TEST_SECRET, publicUrl: PUBLIC_URL };
    await deliverOutbox(database.db, { ...options, transport: failing.transport, now });

    expect(await packageState(created.packageId)).toBe('executed');
    const waiting = await outboxMessages(database.db);
    expect(waiting.every((message) => message.attempts === 1 && !message.delivered_at)).toBe(true);

    const working = recordingTransport();
    const later = new Date(now.getTime() + 2 * 60_000);
    await deliverOutbox(database.db, { ...options, transport: working.transport, now: later });
    expect(working.sent).toHaveLength(3);
  });
});
