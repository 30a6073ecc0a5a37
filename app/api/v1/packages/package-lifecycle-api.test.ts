import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { signRevision } from '@/lib/signing/sign-revision';
import {
  callApi,
  multipartBody,
  rowCounts,
  seedApiCaller,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { consentAll, realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';
import { loadSigningLink } from '@/lib/signing/load-signing-link';

import * as upload from '../files/upload/route';
import * as certificate from './[packageId]/certificate/route';
import * as executed from './[packageId]/documents/[documentId]/executed/route';
import * as newLink from './[packageId]/link/sign/[signerId]/route';
import * as getStatus from './[packageId]/status/route';
import * as add from './add/route';
import * as remove from './delete/route';
import * as extend from './extend/route';
import * as rescind from './rescind/route';
import * as send from './send/route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(60_000);

describe.each(testEngines())('package lifecycle API on %s', (dialect) => {
  let database: TestDatabase;
  let caller: Awaited<ReturnType<typeof seedApiCaller>>;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    caller = await seedApiCaller(database);
  });

  afterAll(async () => {
    await database.close();
  });

  async function draftPackage(generateSignerLinks = true) {
    const { body, contentType } = multipartBody([
      { fileName: 'résumé.pdf', content: await realLeasePdf() },
    ]);
    const uploaded = await callApi(upload.POST, 'POST', '/files/upload?externalId=crm-7', {
      key: caller.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'Lease',
        type: 'Sequential',
        timeSignBy: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
        generateSignerLinks,
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test' },
          { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test' },
        ],
        documents: [{ fileId: uploaded.json.files[0].fileId }],
      },
    });
    expect(created.status).toBe(200);

    return created.json.package;
  }

  const post = (handler: typeof send.POST, path: string, body: Record<string, unknown>) =>
    callApi(handler, 'POST', path, { key: caller.key, body });

  const statusOf = async (packageId: string) =>
    (
      await callApi(getStatus.GET, 'GET', `/packages/${packageId}/status`, {
        key: caller.key,
        params: { packageId },
      })
    ).json;

  test('send opens a draft and invites; rescind cancels; a second rescind is 409', async () => {
    const pkg = await draftPackage();
    expect(pkg.documents[0]).toMatchObject({ fileName: 'résumé.pdf', externalId: 'crm-7' });

    expect((await post(send.POST, '/packages/send', { packageId: pkg.packageId })).status).toBe(
      200,
    );
    expect((await statusOf(pkg.packageId)).state).toBe('open');

    const again = await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    expect(again).toMatchObject({ status: 409, json: { error: 'package_wrong_state' } });

    const rescinded = await post(rescind.POST, '/packages/rescind', {
      packageId: pkg.packageId,
      rescindMessage: 'The unit is no longer available.',
      notify: true,
    });
    expect(rescinded.status).toBe(200);
    expect((await statusOf(pkg.packageId)).state).toBe('rescinded');

    const before = await rowCounts(database);
    const twice = await post(rescind.POST, '/packages/rescind', { packageId: pkg.packageId });
    expect(twice.status).toBe(409);
    expect(await rowCounts(database)).toEqual(before);

    const actions = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('package_id', '=', pkg.packageId)
      .execute();
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['package_created', 'package_sent', 'package_rescinded']),
    );
  });

  test('extend reopens an expired package with a later deadline', async () => {
    const pkg = await draftPackage();
    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    await database.db
      .updateTable('packages')
      .set({ time_sign_by: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', pkg.packageId)
      .execute();
    expect((await statusOf(pkg.packageId)).state).toBe('expired');

    const extended = await post(extend.POST, '/packages/extend', {
      packageId: pkg.packageId,
      days: 5,
    });
    expect(extended.status).toBe(200);

    const status = await statusOf(pkg.packageId);
    expect(status.state).toBe('open');
    expect(Date.parse(status.timeSignBy)).toBeGreaterThan(Date.now() + 4 * 24 * 3600_000);
  });

  test('a new link retires the old token; unknown signer is 404', async () => {
    const pkg = await draftPackage();
    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    const [ana] = (await statusOf(pkg.packageId)).signers;
    const oldToken = ana.links[0].token as string;

    const path = `/packages/${pkg.packageId}/link/sign/${ana.signerId}`;
    const issued = await callApi(newLink.POST, 'POST', path, {
      key: caller.key,
      params: { packageId: pkg.packageId, signerId: ana.signerId },
    });

    expect(issued.status).toBe(200);
    expect(issued.json).toMatchObject({ packageId: pkg.packageId, type: 'package_sign' });
    expect(issued.json.link).toContain(issued.json.token);
    expect(await loadSigningLink(database.db, oldToken)).toBeNull();
    expect(await loadSigningLink(database.db, issued.json.token)).not.toBeNull();
    expect((await statusOf(pkg.packageId)).signers[0].links[0].token).toBe(issued.json.token);

    const unknown = await callApi(newLink.POST, 'POST', path, {
      key: caller.key,
      params: { packageId: pkg.packageId, signerId: 'nobody' },
    });
    expect(unknown).toMatchObject({ status: 404, json: { error: 'signer_not_found' } });
  });

  test('the executed document and certificate come once everyone has signed', async () => {
    const pkg = await draftPackage();
    const documentId = pkg.documents[0].documentId as string;
    const params = { packageId: pkg.packageId, documentId };
    const download = () => callApi(executed.GET, 'GET', '/executed', { key: caller.key, params });
    const certify = () =>
      callApi(certificate.GET, 'GET', '/certificate', { key: caller.key, params });

    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    expect((await download()).status).toBe(409);
    expect((await certify()).status).toBe(409);

    const tokens = (await statusOf(pkg.packageId)).signers.map(
      (signer: { links: { token: string }[] }) => signer.links[0]!.token,
    );
    await consentAll(database.db, tokens, new Date());
    for (const [index, token] of tokens.entries()) {
      const outcome = await signRevision(database.db, {
        ...REQUEST,
        token,
        documentId,
        now: new Date(),
        signature: { kind: 'typed', text: index ? 'Ben Okafor' : 'Ana Silva' },
      });
      expect(outcome.status).toBe('signed');
    }

    const status = await statusOf(pkg.packageId);
    expect(status).toMatchObject({ state: 'executed', isExecuted: true });

    const pdf = await download();
    expect(pdf.status).toBe(200);
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect((await certify()).status).toBe(200);
  });

  test('delete removes the package and its tokens', async () => {
    const pkg = await draftPackage();
    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    const token = (await statusOf(pkg.packageId)).signers[0].links[0].token as string;

    expect((await post(remove.POST, '/packages/delete', { packageId: pkg.packageId })).status).toBe(
      200,
    );
    expect(await loadSigningLink(database.db, token)).toBeNull();
    expect(
      await callApi(getStatus.GET, 'GET', '/status', {
        key: caller.key,
        params: { packageId: pkg.packageId },
      }),
    ).toMatchObject({ status: 404 });
  });

  const withdrawnMail = (recipient: string) =>
    database.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body'])
      .where('recipient', '=', recipient)
      .where('subject', 'like', 'Withdrawn:%')
      .execute();

  test('delete with notify tells each signer of an open package it was withdrawn', async () => {
    const pkg = await draftPackage();
    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    const before = (await withdrawnMail('ana@example.test')).length;

    const deleted = await post(remove.POST, '/packages/delete', {
      packageId: pkg.packageId,
      notify: true,
    });

    expect(deleted.status).toBe(200);
    for (const recipient of ['ana@example.test', 'ben@example.test']) {
      const mail = await withdrawnMail(recipient);
      expect(mail).toHaveLength(before + 1);
      expect(mail.at(-1)).toMatchObject({ subject: 'Withdrawn: Lease' });
      expect(mail.at(-1)!.body).toContain('no longer needs your signature');
      expect(mail.at(-1)!.body).not.toMatch(/signing-link|\/sign\//);
    }
  });

  test.each([
    ['an open package without notify', true, false],
    ['a draft with notify', false, true],
  ])('delete of %s sends no mail', async (_title, sent, notify) => {
    const pkg = await draftPackage();
    if (sent) await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    const before = await rowCounts(database);

    const deleted = await post(remove.POST, '/packages/delete', {
      packageId: pkg.packageId,
      notify,
    });

    expect(deleted.status).toBe(200);
    expect((await rowCounts(database)).outbox_messages).toBe(before.outbox_messages);
  });

  test('a refused delete with notify sends nothing and deletes nothing', async () => {
    const stranger = await seedApiCaller(database, 'Other Realty');
    const pkg = await draftPackage();
    await post(send.POST, '/packages/send', { packageId: pkg.packageId });
    const before = await rowCounts(database);

    const refused = await callApi(remove.POST, 'POST', '/packages/delete', {
      key: stranger.key,
      body: { packageId: pkg.packageId, notify: true },
    });

    expect(refused.status).toBe(404);
    expect(await rowCounts(database)).toEqual(before);
  });
});
