import {
  callApi,
  rowCounts,
  seedApiCaller,
  useApiTestDatabase,
  type CallOptions,
} from '@/lib/testing/api-harness';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import * as upload from './files/upload/route';
import * as getPackage from './packages/[packageId]/route';
import * as add from './packages/add/route';
import * as list from './packages/list/route';
import * as update from './packages/update/route';

jest.setTimeout(30_000);

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

interface Setup {
  key: string;
  strangersPackageId: string;
  /** A draft of the caller's own organization, for updates. */
  ownPackageId: string;
}

interface ErrorCase {
  title: string;
  handler: Handler;
  method?: 'GET' | 'POST';
  path: string;
  /** Built once the caller and a package of another organization exist. */
  options: (setup: Setup) => CallOptions;
  status: number;
  error: string;
  /** Words the message must hold, so a developer can act on it. */
  mentions?: string[];
}

const valid = { name: 'Lease', type: 'concurrent' };

const CASES: ErrorCase[] = [
  {
    title: 'missing key',
    handler: add.POST,
    path: '/packages/add',
    options: () => ({ body: valid }),
    status: 403,
    error: 'api_key_not_authorized',
  },
  {
    title: 'unknown key',
    handler: list.POST,
    path: '/packages/list',
    options: () => ({ key: `spk_${'x'.repeat(43)}`, body: {} }),
    status: 403,
    error: 'api_key_not_authorized',
  },
  {
    title: 'another organization’s package',
    handler: getPackage.GET,
    method: 'GET',
    path: '/packages/x',
    options: ({ key, strangersPackageId }) => ({
      key,
      params: { packageId: strangersPackageId },
    }),
    status: 404,
    error: 'package_not_found',
  },
  {
    title: 'wrong-case type',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { ...valid, type: 'sequential' } }),
    status: 400,
    error: 'package_invalid_type',
    mentions: [
      '"concurrent"',
      '"Sequential"',
      '"Counterpart"',
      '"video_closing_room"',
      '"Live Session"',
    ],
  },
  {
    title: 'type with a trailing space',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { ...valid, type: 'concurrent ' } }),
    status: 400,
    error: 'package_invalid_type',
    mentions: ['"Live Session"'],
  },
  {
    title: 'time without an offset',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { ...valid, timeSignBy: '2099-03-01T04:59:59' } }),
    status: 400,
    error: 'package_invalid_timeSignBy',
    mentions: ['offset'],
  },
  {
    title: 'time with 8 fractional digits',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      body: { ...valid, timeSignBy: '2099-03-01T04:59:59.12345678Z' },
    }),
    status: 400,
    error: 'package_invalid_timeSignBy',
  },
  {
    title: 'a body of 10 MB',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      rawBody: JSON.stringify({ ...valid, padding: 'x'.repeat(10 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    }),
    status: 413,
    error: 'request_too_large',
  },
  {
    title: 'malformed JSON',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      rawBody: '{"name": "Lease",',
      headers: { 'content-type': 'application/json' },
    }),
    status: 400,
    error: 'request_invalid_json',
  },
  {
    title: 'a name that is not a string',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { name: 42 } }),
    status: 400,
    error: 'package_invalid_name',
  },
  {
    title: 'a missing name',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { type: 'concurrent' } }),
    status: 400,
    error: 'package_invalid_name',
    mentions: ['required'],
  },
  {
    title: 'a signer without a valid email',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      body: { ...valid, signers: [{ firstName: 'Ana', email: 'not-an-email' }] },
    }),
    status: 400,
    error: 'signer_invalid_email',
  },
  {
    title: 'two signers with one email',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      body: {
        ...valid,
        signers: [
          { firstName: 'Ana', email: 'ana@example.test' },
          { firstName: 'Ann', email: 'ANA@example.test' },
        ],
      },
    }),
    status: 400,
    error: 'package_duplicate_recipients',
  },
  {
    title: 'an open package without documents',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      body: { ...valid, state: 'open', signers: [{ firstName: 'A', email: 'a@example.test' }] },
    }),
    status: 400,
    error: 'package_add_no_documents',
  },
  {
    title: 'a fileId that is not an upload of this organization',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({
      key,
      body: { ...valid, documents: [{ fileId: '00000000-0000-4000-8000-000000000000' }] },
    }),
    status: 404,
    error: 'file_not_found',
  },
  {
    title: 'a state a package cannot be created in',
    handler: add.POST,
    path: '/packages/add',
    options: ({ key }) => ({ key, body: { ...valid, state: 'executed' } }),
    status: 400,
    error: 'package_invalid_state',
    mentions: ['"draft"', '"open"'],
  },
  {
    title: 'a list filter with an unknown state',
    handler: list.POST,
    path: '/packages/list',
    options: ({ key }) => ({ key, body: { states: ['Open'] } }),
    status: 400,
    error: 'package_invalid_states',
  },
  {
    title: 'an upload that is not multipart',
    handler: upload.POST,
    path: '/files/upload',
    options: ({ key }) => ({ key, body: { file: 'lease.pdf' } }),
    status: 400,
    error: 'file_invalid_request',
  },
];

/** `packages/update` refuses what `packages/add` refuses, and another organization's package. */
const UPDATE_CASES: ErrorCase[] = (
  [
    {
      title: 'update without a key',
      options: ({ ownPackageId }) => ({ body: { packageId: ownPackageId, name: 'X' } }),
      status: 403,
      error: 'api_key_not_authorized',
    },
    {
      title: 'update of another organization’s package',
      options: ({ key, strangersPackageId }) => ({
        key,
        body: { packageId: strangersPackageId, name: 'Taken over' },
      }),
      status: 404,
      error: 'package_not_found',
    },
    {
      title: 'update without a packageId',
      options: ({ key }) => ({ key, body: { name: 'X' } }),
      status: 400,
      error: 'package_invalid_packageId',
    },
    {
      title: 'update to a wrong-case type',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, type: 'sequential' },
      }),
      status: 400,
      error: 'package_invalid_type',
      mentions: ['"Sequential"', '"Live Session"'],
    },
    {
      title: 'update to a type with a trailing space',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, type: 'Live Session ' },
      }),
      status: 400,
      error: 'package_invalid_type',
    },
    {
      title: 'update with a time without an offset',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, timeSignBy: '2099-03-01T04:59:59' },
      }),
      status: 400,
      error: 'package_invalid_timeSignBy',
      mentions: ['offset'],
    },
    {
      title: 'update with 8 fractional digits',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, timeSignBy: '2099-03-01T04:59:59.12345678Z' },
      }),
      status: 400,
      error: 'package_invalid_timeSignBy',
    },
    {
      title: 'update with a body of 10 MB',
      options: ({ key, ownPackageId }) => ({
        key,
        rawBody: JSON.stringify({ packageId: ownPackageId, padding: 'x'.repeat(10 * 1024 * 1024) }),
        headers: { 'content-type': 'application/json' },
      }),
      status: 413,
      error: 'request_too_large',
    },
    {
      title: 'update with malformed JSON',
      options: ({ key }) => ({
        key,
        rawBody: '{"packageId": ',
        headers: { 'content-type': 'application/json' },
      }),
      status: 400,
      error: 'request_invalid_json',
    },
    {
      title: 'update naming a signer the package does not have',
      options: ({ key, ownPackageId }) => ({
        key,
        body: {
          packageId: ownPackageId,
          signers: [{ signerId: '00000000-0000-4000-8000-000000000000', firstName: 'Ana' }],
        },
      }),
      status: 404,
      error: 'signer_not_found',
    },
    {
      title: 'update with an upload that is not waiting',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, documents: [{ fileId: 'no-such-upload' }] },
      }),
      status: 404,
      error: 'file_not_found',
    },
    {
      title: 'update adding a signer without an email',
      options: ({ key, ownPackageId }) => ({
        key,
        body: { packageId: ownPackageId, signers: [{ firstName: 'Ana' }] },
      }),
      status: 400,
      error: 'signer_invalid_email',
    },
  ] satisfies Omit<ErrorCase, 'handler' | 'path'>[]
).map((errorCase) => ({ ...errorCase, handler: update.POST, path: '/packages/update' }));

describe.each(testEngines())('package API refusals on %s', (dialect) => {
  let database: TestDatabase;
  let setup: Setup;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);

    const caller = await seedApiCaller(database);
    const stranger = await seedApiCaller(database, 'Other Realty');
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: stranger.key,
      body: valid,
    });
    const own = await callApi(add.POST, 'POST', '/packages/add', { key: caller.key, body: valid });
    setup = {
      key: caller.key,
      strangersPackageId: created.json.packageId,
      ownPackageId: own.json.packageId,
    };
  });

  afterAll(async () => {
    await database.close();
  });

  test.each([...CASES, ...UPDATE_CASES])(
    '$title → $status $error, nothing changed',
    async (errorCase) => {
      const before = await rowCounts(database);

      const { status, json } = await callApi(
        errorCase.handler,
        errorCase.method ?? 'POST',
        errorCase.path,
        errorCase.options(setup),
      );

      expect({ status, error: json.error }).toEqual({
        status: errorCase.status,
        error: errorCase.error,
      });
      expect(typeof json.message).toBe('string');
      for (const words of errorCase.mentions ?? []) expect(json.message).toContain(words);
      expect(await rowCounts(database)).toEqual(before);
    },
  );

  test('unknown fields are ignored', async () => {
    const { status, json } = await callApi(add.POST, 'POST', '/packages/add', {
      key: setup.key,
      body: { ...valid, colour: 'blue', signers: [], nested: { deep: true } },
    });

    expect(status).toBe(200);
    expect(json.package).not.toHaveProperty('colour');
  });

  test('unknown fields are ignored by packages/update', async () => {
    const { status, json } = await callApi(update.POST, 'POST', '/packages/update', {
      key: setup.key,
      body: { packageId: setup.ownPackageId, name: 'Lease, renamed', colour: 'blue' },
    });

    expect(status).toBe(200);
    expect(json.package.name).toBe('Lease, renamed');
    expect(json.package).not.toHaveProperty('colour');
  });
});
