import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import {
  callApi,
  multipartBody,
  rowCounts,
  seedApiCaller,
  TINY_PDF,
  useApiTestDatabase,
  type CallOptions,
} from '@/lib/testing/api-harness';
import { PUBLISHED_EXAMPLES } from '@/lib/testing/published-examples';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import * as upload from '../files/upload/route';
import * as getStatus from './[packageId]/status/route';
import * as add from './add/route';
import * as update from './update/route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(60_000);

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString();

describe.each(testEngines())('POST /packages/update on %s', (dialect) => {
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

  async function uploadTinyPdf(fileName = 'lease.pdf') {
    const { body, contentType } = multipartBody([{ fileName, content: TINY_PDF }]);
    const answer = await callApi(upload.POST, 'POST', '/files/upload', {
      key: caller.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });

    return answer.json.files[0].fileId as string;
  }

  async function addPackage(body: Record<string, unknown>) {
    const created = await callApi(add.POST, 'POST', '/packages/add', { key: caller.key, body });
    expect(created.status).toBe(200);

    return created.json.package;
  }

  const updatePackage = (body: Record<string, unknown>, options: CallOptions = {}) =>
    callApi(update.POST, 'POST', '/packages/update', { key: caller.key, body, ...options });

  const statusOf = async (packageId: string) =>
    (
      await callApi(getStatus.GET, 'GET', `/packages/${packageId}/status`, {
        key: caller.key,
        params: { packageId },
      })
    ).json;

  const draftWithLinks = async () =>
    addPackage({
      name: 'Lease',
      type: 'Sequential',
      generateSignerLinks: true,
      signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });

  /** The vendor's published example bodies, as they are, sent as updates of a draft. */
  test.each(PUBLISHED_EXAMPLES)('an example body updates a draft – %s', async (_title, example) => {
    const draft = await addPackage({ name: 'Empty draft' });
    const body: Record<string, unknown> = {
      packageId: draft.packageId,
      ...example(await uploadTinyPdf()),
    };

    const { status, json } = await updatePackage(body);

    expect(status).toBe(200);
    expect(json.packageId).toBe(draft.packageId);
    const pkg = body.returnPackage === false ? await statusOf(draft.packageId) : json.package;
    if (body.returnPackage === false) expect(json.package).toBeNull();
    expect(pkg).toMatchObject({
      name: body.name,
      type: body.type,
      state: body.state ?? 'draft',
      externalData: body.externalData ?? null,
    });
    expect(pkg.documents).toHaveLength(1);
    expect(pkg.signers.map((signer: { email: string }) => signer.email)).toEqual(
      (body.signers as { email: string }[]).map((signer) => signer.email),
    );
    expect(pkg.signers[0].links.length > 0).toBe(body.generateSignerLinks === true);
  });

  test('a draft: signers kept by signerId, added and removed; documents replaced', async () => {
    const draft = await draftWithLinks();
    const ana = draft.signers[0];
    const oldToken = ana.links[0].token as string;
    const newFileId = await uploadTinyPdf('rider.pdf');

    const { status, json } = await updatePackage({
      packageId: draft.packageId,
      timeZone: 'Europe/Lisbon',
      signers: [
        { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test', order: 1 },
        { signerId: ana.signerId, lastName: 'Silva-Costa', order: 2 },
      ],
      documents: [{ fileId: newFileId, name: 'Pet rider' }],
    });

    expect(status).toBe(200);
    expect(json.package.timeZone).toBe('Europe/Lisbon');
    expect(
      json.package.signers.map((signer: { lastName: string; order: number }) => [
        signer.lastName,
        signer.order,
      ]),
    ).toEqual([
      ['Okafor', 1],
      ['Silva-Costa', 2],
    ]);
    expect(json.package.signers[1].signerId).toBe(ana.signerId);
    expect(json.package.documents.map((document: { name: string }) => document.name)).toEqual([
      'Pet rider',
    ]);
    expect(json.package.documents[0].revisions).toHaveLength(2);

    // Signers changed and links are generated: each signer has a new link; the old one died.
    expect(await loadSigningLink(database.db, oldToken)).toBeNull();
    const newToken = json.package.signers[1].links[0].token as string;
    expect(newToken).not.toBe(oldToken);
    expect(await loadSigningLink(database.db, newToken)).not.toBeNull();

    const replaced = await database.db
      .selectFrom('files')
      .select('id')
      .where('id', '=', draft.documents[0].fileId)
      .execute();
    expect(replaced).toEqual([]);
  });

  test('an update that changes neither signers nor documents keeps the links', async () => {
    const draft = await draftWithLinks();
    const token = draft.signers[0].links[0].token as string;

    const { status, json } = await updatePackage({ packageId: draft.packageId, name: 'Renamed' });

    expect(status).toBe(200);
    expect(json.package.name).toBe('Renamed');
    expect(json.package.signers[0].links[0].token).toBe(token);
    expect(await loadSigningLink(database.db, token)).not.toBeNull();
  });

  test('state open opens a draft and invites its signers', async () => {
    const draft = await draftWithLinks();

    const { status, json } = await updatePackage({
      packageId: draft.packageId,
      state: 'open',
      timeSignBy: inDays(5),
    });

    expect(status).toBe(200);
    expect(json.package.state).toBe('open');
    expect(json.package.timeSent).not.toBeNull();
    const invitations = await database.db
      .selectFrom('outbox_messages')
      .select('subject')
      .where('recipient', '=', 'ana@example.test')
      .where('subject', '=', 'Please sign: Lease')
      .execute();
    expect(invitations.length).toBeGreaterThan(0);
  });

  test('an open package: name, deadline, externalData and contact details change', async () => {
    const opened = await addPackage({
      name: 'Offer',
      type: 'concurrent',
      state: 'open',
      timeSignBy: inDays(3),
      signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test' }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });
    const signerId = opened.signers[0].signerId as string;
    const newDeadline = inDays(10);

    const { status, json } = await updatePackage({
      packageId: opened.packageId,
      name: 'Offer (revised)',
      timeSignBy: newDeadline,
      externalData: { crmId: 'B-2' },
      type: 'concurrent',
      signers: [{ signerId, email: 'ana.silva@example.test', mobileNumber: '+351 912 345 678' }],
    });

    expect(status).toBe(200);
    expect(json.package).toMatchObject({
      name: 'Offer (revised)',
      state: 'open',
      externalData: { crmId: 'B-2' },
    });
    expect(Date.parse(json.package.timeSignBy)).toBe(Date.parse(newDeadline));
    expect(json.package.signers[0]).toMatchObject({
      email: 'ana.silva@example.test',
      mobileNumber: '+351 912 345 678',
    });

    // The new address gets an invitation with a new link; the old address's link is retired.
    const links = await database.db
      .selectFrom('signing_links')
      .select(['revoked_at', 'time_expires'])
      .where('signer_id', '=', signerId)
      .orderBy('created_at')
      .execute();
    expect(links.filter((link) => link.revoked_at === null)).toHaveLength(1);
    expect(links.length).toBeGreaterThan(1);
    const invited = await database.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('recipient', '=', 'ana.silva@example.test')
      .execute();
    expect(invited).toHaveLength(1);
  });

  test('a new deadline carries the links with it, and no link outlives it', async () => {
    const opened = await addPackage({
      name: 'Deadline moves',
      state: 'open',
      timeSignBy: inDays(3),
      generateSignerLinks: true,
      signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });
    const token = opened.signers[0].links[0].token as string;
    const linkExpiry = async () =>
      Date.parse((await statusOf(opened.packageId)).signers[0].links[0].timeExpires);

    const later = inDays(10);
    expect((await updatePackage({ packageId: opened.packageId, timeSignBy: later })).status).toBe(
      200,
    );
    expect(await linkExpiry()).toBe(Date.parse(later));

    const sooner = inDays(2);
    expect((await updatePackage({ packageId: opened.packageId, timeSignBy: sooner })).status).toBe(
      200,
    );
    expect(await linkExpiry()).toBe(Date.parse(sooner));
    expect((await statusOf(opened.packageId)).signers[0].links[0].token).toBe(token);
  });

  test('taking the deadline away gives the links their own lifetime back', async () => {
    const deadline = inDays(3);
    const opened = await addPackage({
      name: 'Deadline removed',
      state: 'open',
      timeSignBy: deadline,
      generateSignerLinks: true,
      signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });
    const linkExpiry = async () =>
      Date.parse((await statusOf(opened.packageId)).signers[0].links[0].timeExpires);
    expect(await linkExpiry()).toBe(Date.parse(deadline));

    expect((await updatePackage({ packageId: opened.packageId, timeSignBy: null })).status).toBe(
      200,
    );

    expect(await linkExpiry()).toBeGreaterThan(Date.parse(inDays(29)));
  });

  test('an open package refuses a deadline in the past, unchanged', async () => {
    const opened = await addPackage({
      name: 'No going back',
      state: 'open',
      timeSignBy: inDays(3),
      signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });
    const before = await statusOf(opened.packageId);

    const { status, json } = await updatePackage({
      packageId: opened.packageId,
      timeSignBy: inDays(-1),
    });

    expect({ status, error: json.error }).toEqual({
      status: 400,
      error: 'package_range_timeSignBy',
    });
    expect(await statusOf(opened.packageId)).toEqual(before);
  });

  const LOCKED_WHEN_OPEN: [string, (pkg: OpenPackage) => Record<string, unknown>][] = [
    ['type', () => ({ type: 'Sequential' })],
    ['documents', () => ({ documents: [] })],
    [
      'a new signer',
      (pkg) => ({ signers: [...pkg.signers, { firstName: 'X', email: 'x@e.test' }] }),
    ],
    ['a signer removed', () => ({ signers: [] })],
    ['state', () => ({ state: 'draft' })],
  ];
  type OpenPackage = { packageId: string; signers: { signerId: string }[] };

  test.each(LOCKED_WHEN_OPEN)(
    'an open package refuses %s with 409, unchanged',
    async (_t, body) => {
      const opened = await addPackage({
        name: 'Open lease',
        state: 'open',
        signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
        documents: [{ fileId: await uploadTinyPdf() }],
      });
      const signers = opened.signers.map((signer: { signerId: string }) => ({
        signerId: signer.signerId,
      }));
      const before = await rowCounts(database);
      const statusBefore = await statusOf(opened.packageId);

      const { status, json } = await updatePackage({
        packageId: opened.packageId,
        ...body({ packageId: opened.packageId, signers }),
      });

      expect({ status, error: json.error }).toEqual({ status: 409, error: 'package_wrong_state' });
      expect(json.message).toContain('open package');
      expect(await rowCounts(database)).toEqual(before);
      expect(await statusOf(opened.packageId)).toEqual(statusBefore);
    },
  );

  test('a package that is no longer editable is 409', async () => {
    const opened = await addPackage({
      name: 'Rescinded',
      state: 'open',
      signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
      documents: [{ fileId: await uploadTinyPdf() }],
    });
    await database.db
      .updateTable('packages')
      .set({ state: 'rescinded' })
      .where('id', '=', opened.packageId)
      .execute();

    const { status, json } = await updatePackage({ packageId: opened.packageId, name: 'X' });

    expect({ status, error: json.error }).toEqual({ status: 409, error: 'package_wrong_state' });
  });
});
