import { renderToStaticMarkup } from 'react-dom/server';

import * as upload from '@/app/api/v1/files/upload/route';
import * as add from '@/app/api/v1/packages/add/route';
import * as send from '@/app/api/v1/packages/send/route';
import * as declineConfirm from '@/app/sign/[token]/decline/confirm/route';
import SigningLinkPage from '@/app/sign/[token]/page';
import { deliverOutbox, type MailTransport } from '@/lib/mail/deliver-outbox';
import { enqueueMail, signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { readPageTexts } from '@/lib/pdf/testing/read-page-texts';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { signRevision } from '@/lib/signing/sign-revision';
import { recordConsent } from '@/lib/signing/signer-events';
import {
  callApi,
  multipartBody,
  seedApiCaller,
  TEST_BASE_URL,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { seedOrganization, TEST_SECRET } from '@/lib/testing/seed';
import { realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'Jest', 'accept-language': 'en-US' }),
  cookies: async () => ({ get: () => undefined }),
}));
jest.setTimeout(60_000);

/**
 * Names and messages that hold markup reach signers as the text they are: escaped in the signer
 * page's HTML, as plain text in mail, and as the same characters in the stamped PDF.
 */

const PACKAGE_NAME = '<i>Lease</i> & "Terms" <script>alert(1)</script>';
const FIRST_NAME = '<script>alert("ana")</script>';
const LAST_NAME = `O'Brien & <b>Sons</b> (\\)`;
const DECLINE_REASON = '<img src=x onerror=alert(2)> not today';

describe.each(testEngines())('names shown escaped on %s', (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterAll(async () => {
    await database.close();
  });

  async function sentPackage() {
    const caller = await seedApiCaller(database, 'Harbour <Lettings> & Co');
    const { body, contentType } = multipartBody([
      { fileName: '<b>lease</b>.pdf', content: await realLeasePdf() },
    ]);
    const uploaded = await callApi(upload.POST, 'POST', '/files/upload', {
      key: caller.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: PACKAGE_NAME,
        type: 'Sequential',
        generateSignerLinks: true,
        signers: [
          { firstName: FIRST_NAME, lastName: LAST_NAME, email: 'ana@example.test' },
          { firstName: 'Zoë', lastName: '<u>Ng</u>', email: 'zoe@example.test' },
        ],
        documents: [{ fileId: uploaded.json.files[0].fileId, name: '<h1>Lease</h1>' }],
      },
    });
    expect(created.status).toBe(200);

    const pkg = created.json.package;
    expect(
      (await callApi(send.POST, 'POST', '/packages/send', { key: caller.key, body: pkg })).status,
    ).toBe(200);

    return {
      organizationId: caller.organizationId,
      packageId: pkg.packageId as string,
      documentId: pkg.documents[0].documentId as string,
      tokens: pkg.signers.map(
        (signer: { links: { token: string }[] }) => signer.links[0]!.token,
      ) as string[],
    };
  }

  async function signerPageHtml(token: string) {
    const element = await SigningLinkPage({
      params: Promise.resolve({ token }),
      searchParams: Promise.resolve({}),
    });

    return renderToStaticMarkup(element);
  }

  test('the signer page shows names and reasons as text, never as markup', async () => {
    const created = await sentPackage();
    const html = await signerPageHtml(created.tokens[0]!);

    expect(html).not.toMatch(/<script>|<i>Lease|<b>Sons|<u>Ng|<h1>Lease|<Lettings>/);
    expect(html).toContain('&lt;i&gt;Lease&lt;/i&gt; &amp; ');
    expect(html).toContain('&lt;h1&gt;Lease&lt;/h1&gt;');
    expect(html).toContain('Harbour &lt;Lettings&gt; &amp; Co');
    expect(html).toContain('&lt;u&gt;Ng&lt;/u&gt;');

    // Declined with a reason full of markup: the other signer reads it as text.
    const declined = await declineConfirm.POST(
      new Request(`${TEST_BASE_URL}/sign/decline`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ reason: DECLINE_REASON }).toString(),
      }),
      { params: Promise.resolve({ token: created.tokens[1]! }) },
    );
    expect(declined.status).toBe(303);

    const notice = await signerPageHtml(created.tokens[0]!);
    expect(notice).toContain('&lt;img src=x onerror=alert(2)&gt; not today');
    expect(notice).not.toContain('<img src=x');
  });

  test('mail carries names as plain text on one subject line', async () => {
    const sent: Parameters<MailTransport['send']>[0][] = [];
    const transport: MailTransport = { send: async (message) => void sent.push(message) };
    // What earlier tests left in the outbox goes first, so only this package's mail is read.
    await deliverOutbox(database.db, {
      transport: { send: async () => undefined },
      secret: TEST_SECRET,
      publicUrl: TEST_BASE_URL,
      now: new Date(Date.now() + 1000),
      batch: 100,
    });
    await sentPackage();
    await deliverOutbox(database.db, {
      transport,
      secret: TEST_SECRET,
      publicUrl: TEST_BASE_URL,
      now: new Date(Date.now() + 1000),
      batch: 100,
    });

    const invitations = sent.filter((message) => message.subject.includes('<i>Lease</i>'));
    expect(invitations.map((message) => message.to).sort()).toEqual([
      'ana@example.test',
      'zoe@example.test',
    ]);
    for (const message of invitations) {
      expect(Object.keys(message).sort()).toEqual(['html', 'subject', 'text', 'to']);
      expect(message.subject).not.toMatch(/[\r\n]/);
      expect(message.html).toContain('Harbour &lt;Lettings&gt; &amp; Co');
      expect(message.html).not.toContain('<Lettings>');
      expect(message.html).not.toContain('<i>Lease</i>');
      expect(message.text).toContain(PACKAGE_NAME);
      expect(message.text).toContain('Harbour <Lettings> & Co');
      expect(message.text).toContain(`${TEST_BASE_URL}/sign/`);
    }
    expect(invitations.find((m) => m.to === 'ana@example.test')!.text).toContain(FIRST_NAME);
  });

  test('mail never resolves a signing link of another organization', async () => {
    const created = await sentPackage();
    const other = await seedOrganization(database.db, 'Birch Homes');
    const link = await database.db
      .selectFrom('signing_links')
      .select('id')
      .where('package_id', '=', created.packageId)
      .executeTakeFirstOrThrow();
    await enqueueMail(
      database.db,
      {
        organizationId: other.organizationId,
        recipient: 'mallory@example.test',
        subject: 'Hello',
        body: `Your link: ${signingLinkPlaceholder(link.id)}`,
      },
      new Date(),
    );

    const sent: Parameters<MailTransport['send']>[0][] = [];
    await deliverOutbox(database.db, {
      transport: { send: async (message) => void sent.push(message) },
      secret: TEST_SECRET,
      publicUrl: TEST_BASE_URL,
      now: new Date(Date.now() + 1000),
      batch: 100,
    });

    const stolen = sent.find((message) => message.to === 'mallory@example.test')!;
    expect(stolen.text).toBe('Your link: (this link no longer exists)');
  });

  test('the stamped PDF holds the signer’s name as the same characters', async () => {
    const created = await sentPackage();
    const token = created.tokens[0]!;
    const now = new Date();
    await recordConsent(database.db, token, { ...REQUEST, now });

    const outcome = await signRevision(database.db, {
      token,
      documentId: created.documentId,
      signature: { kind: 'typed', text: `${FIRST_NAME} ${LAST_NAME}` },
      now,
      ...REQUEST,
    });
    expect(outcome.status).toBe('signed');

    const file = await database.db
      .selectFrom('revisions as r')
      .innerJoin('files as f', 'f.id', 'r.signed_file_id')
      .select('f.content')
      .where('r.package_id', '=', created.packageId)
      .where('r.signed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    const text = (await readPageTexts(new Uint8Array(file.content))).join(' ');

    expect(text).toContain(`${FIRST_NAME} ${LAST_NAME}`.replace(/\s+/g, ' '));
  });
});
