import {
  callApi,
  multipartBody,
  seedApiCaller,
  TEST_BASE_URL,
  TINY_PDF,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { PUBLISHED_EXAMPLES } from '@/lib/testing/published-examples';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';
import { hashSigningToken } from '@/lib/tokens/signing-token';

import * as upload from '../files/upload/route';
import * as getPackage from './[packageId]/route';
import * as getStatus from './[packageId]/status/route';
import * as add from './add/route';
import * as list from './list/route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(30_000);

const SEVEN_DIGITS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

describe.each(testEngines())('package API on %s', (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterAll(async () => {
    await database.close();
  });

  async function uploadTinyPdf(key: string, fileName = 'lease.pdf') {
    const { body, contentType } = multipartBody([{ fileName, content: TINY_PDF }]);
    const answer = await callApi(upload.POST, 'POST', '/files/upload', {
      key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    expect(answer.status).toBe(200);

    return answer.json.files[0].fileId as string;
  }

  /** The vendor's published example bodies, as they are, with a fresh upload's fileId. */
  test.each(PUBLISHED_EXAMPLES)('POST /packages/add – %s', async (_title, example) => {
    const caller = await seedApiCaller(database);
    const body = example(await uploadTinyPdf(caller.key));

    const { status, json } = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body,
    });

    expect(status).toBe(200);
    expect(json.packageId).toMatch(/^[0-9a-f-]{36}$/);
    if (body.returnPackage === false) {
      expect(json.package).toBeNull();

      return;
    }
    expect(json.package).toMatchObject({
      packageId: json.packageId,
      organizationId: caller.organizationId,
      name: body.name,
      type: body.type,
      state: body.state ?? 'draft',
      externalData: body.externalData ?? null,
      isExecuted: false,
    });
    expect(json.package.documents).toHaveLength(1);
    expect(json.package.signers).toHaveLength((body.signers as unknown[]).length);
    expect(json.package.timeCreated).toMatch(SEVEN_DIGITS);
    expect(JSON.stringify(json)).not.toMatch(/organization_id|token_hash|token_salt|content/);
  });

  test('GET /packages/{packageId}/status – isNext by turn, links, tokens that work', async () => {
    const caller = await seedApiCaller(database);
    const fileId = await uploadTinyPdf(caller.key);
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'Sequential lease',
        type: 'Sequential',
        state: 'open',
        timeSignBy: '2099-03-01T00:59:59.1234567-04:00',
        generateSignerLinks: true,
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
          { firstName: '健', lastName: '渡辺', email: 'ken@example.test', order: 2 },
        ],
        documents: [{ fileId, name: 'Lease' }],
      },
    });
    const packageId = created.json.packageId as string;

    const { status, json } = await callApi(getStatus.GET, 'GET', `/packages/${packageId}/status`, {
      key: caller.key,
      params: { packageId },
    });

    expect(status).toBe(200);
    expect(json.timeSignBy).toBe('2099-03-01T04:59:59.1230000Z');
    expect(json.state).toBe('open');
    const [first, second] = json.signers;
    expect(first.links).toHaveLength(1);
    expect(first.links[0]).toMatchObject({ isNext: true, isSigned: false, type: 'package_sign' });
    expect(second.links[0]).toMatchObject({ isNext: false });
    expect(first.links[0].link).toBe(`${TEST_BASE_URL}/sign/${first.links[0].token}`);
    expect(first.links[0].timeExpires).toMatch(SEVEN_DIGITS);
    expect(json.documents[0].revisions.map((r: { isNext: boolean }) => r.isNext)).toEqual([
      true,
      false,
    ]);

    const stored = await database.db
      .selectFrom('signing_links')
      .select('token_hash')
      .where('signer_id', '=', first.signerId)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashSigningToken(first.links[0].token));

    const outbox = await database.db
      .selectFrom('outbox_messages')
      .select('recipient')
      .where('organization_id', '=', caller.organizationId)
      .execute();
    expect(outbox.map((message) => message.recipient).sort()).toEqual([
      'ana@example.test',
      'ken@example.test',
    ]);
  });

  test('a package without generateSignerLinks shows no links', async () => {
    const caller = await seedApiCaller(database);
    const fileId = await uploadTinyPdf(caller.key);
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'No links',
        state: 'open',
        signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
        documents: [{ fileId }],
      },
    });

    expect(created.status).toBe(200);
    expect(created.json.package.signers[0].links).toEqual([]);
    expect(created.json.package.documents[0].revisions[0]).toMatchObject({
      link: null,
      isNext: true,
    });
  });

  test('an open package past its deadline reads as expired; version 3.6 reads it as open', async () => {
    const caller = await seedApiCaller(database);
    const fileId = await uploadTinyPdf(caller.key);
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'Soon due',
        state: 'open',
        timeSignBy: new Date(Date.now() + 2000).toISOString(),
        signers: [{ firstName: 'Ana', email: 'ana@example.test' }],
        documents: [{ fileId }],
      },
    });
    const packageId = created.json.packageId as string;
    await database.db
      .updateTable('packages')
      .set({ time_sign_by: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', packageId)
      .execute();

    const read = (headers: Record<string, string> = {}) =>
      callApi(getPackage.GET, 'GET', `/packages/${packageId}`, {
        key: caller.key,
        params: { packageId },
        headers,
      });

    expect((await read()).json.state).toBe('expired');
    expect((await read()).json.documents[0].revisions[0].isNext).toBe(false);
    expect((await read({ 'X-Api-Version': '3.6' })).json.state).toBe('open');

    const listed = await callApi(list.POST, 'POST', '/packages/list', {
      key: caller.key,
      body: { states: ['expired'] },
    });
    expect(listed.json.items.map((item: { packageId: string }) => item.packageId)).toEqual([
      packageId,
    ]);
  });

  test('POST /packages/list – filters, search, sorting and paging', async () => {
    const caller = await seedApiCaller(database);
    const names = ['Lease Alpha', 'Lease Beta', 'Offer Gamma'];
    for (const [index, name] of names.entries()) {
      await callApi(add.POST, 'POST', '/packages/add', {
        key: caller.key,
        body: {
          name,
          type: index === 2 ? 'Sequential' : 'concurrent',
          signers: [{ firstName: 'Ana', lastName: `N${index}`, email: `a${index}@example.test` }],
        },
      });
    }
    const find = async (body: Record<string, unknown>) => {
      const answer = await callApi(list.POST, 'POST', '/packages/list', { key: caller.key, body });
      expect(answer.status).toBe(200);

      return answer.json;
    };

    expect((await find({ sortBy: 'name' })).items.map((i: { name: string }) => i.name)).toEqual(
      names,
    );
    expect((await find({ search: 'lease*' })).total).toBe(2);
    expect((await find({ search: 'ease' })).total).toBe(2);
    expect((await find({ search: 'ease*' })).total).toBe(0);
    expect((await find({ search: 'a2@example' })).total).toBe(1);
    expect((await find({ search: 'ana n1' })).total).toBe(1);
    expect((await find({ types: ['Sequential'] })).total).toBe(1);
    expect((await find({ states: ['draft'], isExecuted: false })).total).toBe(3);
    expect((await find({ isExecuted: true })).total).toBe(0);

    const page = await find({ take: 100000, skip: 1, sortBy: 'name' });
    expect(page).toMatchObject({ total: 3, take: 100, skip: 1 });
    expect(page.items.map((i: { name: string }) => i.name)).toEqual(names.slice(1));
    expect(page.items[0].timeCreated).toMatch(SEVEN_DIGITS);
  });

  test('another organization’s package is not found, and not listed', async () => {
    const owner = await seedApiCaller(database);
    const stranger = await seedApiCaller(database, 'Other Realty');
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: owner.key,
      body: { name: 'Private' },
    });
    const packageId = created.json.packageId as string;

    for (const handler of [getPackage.GET, getStatus.GET]) {
      const { status, json } = await callApi(handler, 'GET', `/packages/${packageId}`, {
        key: stranger.key,
        params: { packageId },
      });
      expect(status).toBe(404);
      expect(json.error).toBe('package_not_found');
    }

    const listed = await callApi(list.POST, 'POST', '/packages/list', {
      key: stranger.key,
      body: {},
    });
    expect(listed.json.total).toBe(0);
  });
});
