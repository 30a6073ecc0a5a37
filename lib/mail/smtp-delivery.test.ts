import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

import * as upload from '@/app/api/v1/files/upload/route';
import * as add from '@/app/api/v1/packages/add/route';
import * as send from '@/app/api/v1/packages/send/route';
import { loadOwnerPackage } from '@/lib/dashboard/load-owner-package';
import { signingLinkOutcome } from '@/lib/domain/signer-view';
import { sendDeadlineReminders } from '@/lib/notifications/send-deadline-reminders';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { signRevision } from '@/lib/signing/sign-revision';
import { recordConsent } from '@/lib/signing/signer-events';
import {
  callApi,
  multipartBody,
  seedApiCaller,
  TEST_BASE_URL,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { readMime, type ReadMessage } from '@/lib/testing/read-mime';
import { TEST_SECRET } from '@/lib/testing/seed';
import { realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { deliverOutbox } from './deliver-outbox';
import { mailTransport } from './mail-transport';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(60_000);

const HOUR = 3600 * 1000;

/** A mail server on this machine that keeps every message it is handed. */
async function startTestMailServer() {
  const received: (ReadMessage & { envelopeTo: string[] })[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          ...readMime(Buffer.concat(chunks).toString('utf8')),
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(testEngines())('mail through a real SMTP server on %s', (dialect) => {
  let database: TestDatabase;
  let mailServer: Awaited<ReturnType<typeof startTestMailServer>>;
  const savedSmtpUrl = process.env.SMTP_URL;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    mailServer = await startTestMailServer();
    process.env.SMTP_URL = mailServer.url;
  });

  afterAll(async () => {
    if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtpUrl;
    await mailServer.close();
    await database.close();
  });

  /** The outbox as the server's timer sends it: through SMTP_URL, links filled in. */
  async function deliver(now: Date) {
    const before = mailServer.received.length;
    await deliverOutbox(database.db, {
      transport: mailTransport(),
      secret: TEST_SECRET,
      publicUrl: TEST_BASE_URL,
      now,
    });

    return mailServer.received.slice(before);
  }

  function signingToken(mail: ReadMessage): string {
    const match = new RegExp(`${TEST_BASE_URL}/sign/([\\w-]+)`).exec(mail.text);
    expect(match).not.toBeNull();
    // The HTML part carries the same link, as a link.
    expect(mail.html).toContain(`<a href="${TEST_BASE_URL}/sign/${match![1]}"`);

    return match![1]!;
  }

  test('the invitation, the reminder and the completion arrive, and their links work', async () => {
    const caller = await seedApiCaller(database, 'Harbour Lettings');
    const start = new Date();
    const deadline = new Date(start.getTime() + 30 * HOUR);

    const { body, contentType } = multipartBody([
      { fileName: 'lease.pdf', content: await realLeasePdf() },
    ]);
    const uploaded = await callApi(upload.POST, 'POST', '/files/upload', {
      key: caller.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    const added = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'Lease for 4 Dock Road',
        type: 'concurrent',
        timeSignBy: deadline.toISOString(),
        timeZone: 'Europe/London',
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test' },
          { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test' },
        ],
        documents: [{ fileId: uploaded.json.files[0].fileId }],
      },
    });
    const packageId: string = added.json.packageId;
    const sent = await callApi(send.POST, 'POST', '/packages/send', {
      key: caller.key,
      body: { packageId },
    });
    expect(sent.status).toBe(200);

    // Sent: each signer's invitation, with a link that opens their package.
    const invitations = await deliver(new Date());
    expect(invitations.map((mail) => mail.envelopeTo[0]).sort()).toEqual([
      'ana@example.test',
      'ben@example.test',
    ]);
    const tokens = new Map<string, string>();
    for (const mail of invitations) {
      expect(mail.subject).toBe('Please sign: Lease for 4 Dock Road');
      const token = signingToken(mail);
      const link = await loadSigningLink(database.db, token);
      expect(link?.packageId).toBe(packageId);
      expect(signingLinkOutcome(link!, new Date())).toBe('open');
      tokens.set(mail.envelopeTo[0]!, token);
    }

    // A reminder a day before the deadline, held until 12 hours after the invitation.
    const heldAt = new Date(deadline.getTime() - 23 * HOUR);
    expect(await sendDeadlineReminders(database.db, heldAt)).toMatchObject({ reminded: 0 });
    expect(await deliver(heldAt)).toHaveLength(0);

    const remindAt = new Date(start.getTime() + 12 * HOUR + 60_000);
    expect(await sendDeadlineReminders(database.db, remindAt)).toMatchObject({ reminded: 2 });
    const reminders = await deliver(remindAt);
    expect(reminders).toHaveLength(2);
    for (const mail of reminders) {
      expect(mail.subject).toMatch(/^Reminder: please sign Lease for 4 Dock Road by /);
      expect(mail.text).toContain('It must be signed by');
      const token = signingToken(mail);
      expect(token).toBe(tokens.get(mail.envelopeTo[0]!));
      const link = await loadSigningLink(database.db, token);
      expect(signingLinkOutcome(link!, remindAt)).toBe('open');
    }

    // Not twice within 12 hours.
    const hourLater = new Date(remindAt.getTime() + HOUR);
    expect(await sendDeadlineReminders(database.db, hourLater)).toMatchObject({ reminded: 0 });
    expect(await deliver(hourLater)).toHaveLength(0);

    // Executed: both sign with the links they were mailed.
    const signAt = new Date(remindAt.getTime() + 2 * HOUR);
    for (const token of tokens.values()) {
      const link = await loadSigningLink(database.db, token);
      await recordConsent(database.db, token, { ...REQUEST, now: signAt });
      const outcome = await signRevision(database.db, {
        token,
        documentId: link!.documents[0]!.documentId,
        signature: { kind: 'typed', text: 'Signed' },
        now: signAt,
        ...REQUEST,
      });
      expect(outcome.status).toBe('signed');
    }

    const completion = await deliver(signAt);
    const ownerEmail = `owner-${caller.memberId}@example.test`;
    expect(completion.map((mail) => mail.envelopeTo[0]).sort()).toEqual(
      ['ana@example.test', 'ben@example.test', ownerEmail].sort(),
    );

    for (const mail of completion.filter((each) => each.envelopeTo[0] !== ownerEmail)) {
      expect(mail.subject).toBe('Signed by everyone: Lease for 4 Dock Road');
      const link = await loadSigningLink(database.db, signingToken(mail));
      expect(signingLinkOutcome(link!, signAt)).toBe('executed');
    }

    const toOwner = completion.find((mail) => mail.envelopeTo[0] === ownerEmail)!;
    expect(toOwner.subject).toBe('Completed: Lease for 4 Dock Road');
    const pageUrl = new RegExp(`${TEST_BASE_URL}/dashboard/packages/([\\w-]+)`).exec(toOwner.text);
    expect(toOwner.html).toContain(`<a href="${pageUrl![0]}"`);
    const page = await loadOwnerPackage(database.db, caller.organizationId, pageUrl![1]!);
    expect(page?.packageId).toBe(packageId);
    expect(page?.package.state).toBe('executed');
  });
});
