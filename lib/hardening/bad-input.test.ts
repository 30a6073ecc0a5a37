import { PDFDocument } from 'pdf-lib';
import { sql } from 'kysely';

import * as upload from '@/app/api/v1/files/upload/route';
import * as add from '@/app/api/v1/packages/add/route';
import * as deletePackage from '@/app/api/v1/packages/delete/route';
import * as extend from '@/app/api/v1/packages/extend/route';
import * as list from '@/app/api/v1/packages/list/route';
import * as rescind from '@/app/api/v1/packages/rescind/route';
import * as send from '@/app/api/v1/packages/send/route';
import * as consent from '@/app/sign/[token]/consent/route';
import * as declineConfirm from '@/app/sign/[token]/decline/confirm/route';
import * as sign from '@/app/sign/[token]/documents/[documentId]/sign/route';
import * as newLink from '@/app/sign/[token]/new-link/route';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import {
  callApi,
  multipartBody,
  seedApiCaller,
  TEST_BASE_URL,
  TINY_PDF,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { realLeasePdf } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'Jest bad input', 'x-forwarded-for': '::1' }),
}));
// pdf-lib warns about each encrypted or damaged object; the answers say it all.
jest.spyOn(console, 'warn').mockImplementation(() => undefined);
jest.setTimeout(120_000);

/**
 * Hostile and malformed input against the package API, the upload and the signer's forms. Each
 * case must be refused with a clear message and change nothing in the database.
 */

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

interface World {
  key: string;
  fileId: string;
  packageId: string;
  tokens: string[];
  documentIds: string[];
}

/** What the API answers to a refusal: a 4xx status and `{error, message}`. */
interface ApiCase {
  name: string;
  handler: Handler;
  path: string;
  body: (world: World) => unknown;
  raw?: boolean;
  status: number;
  error?: RegExp;
}

const TOO_LONG = (length: number) => 'x'.repeat(length);

function addBody(world: World, changes: Record<string, unknown>) {
  return {
    name: 'Lease for 12 Quay Street',
    type: 'Sequential',
    signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test' }],
    documents: [{ fileId: world.fileId }],
    ...changes,
  };
}

function signerBody(world: World, changes: Record<string, unknown>) {
  return addBody(world, {
    signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', ...changes }],
  });
}

/** JSON nested this deep, as text, since building it as an object would be as deep. */
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const API_CASES: ApiCase[] = [
  // Malformed bodies.
  {
    name: 'JSON cut short',
    handler: add.POST,
    path: '/packages/add',
    body: () => '{"name": "Lea',
    raw: true,
    status: 400,
    error: /request_invalid_json/,
  },
  {
    name: 'JSON with a trailing comma',
    handler: add.POST,
    path: '/packages/add',
    body: () => '{"name": "Lease",}',
    raw: true,
    status: 400,
    error: /request_invalid_json/,
  },
  {
    name: 'a JSON array for an object',
    handler: add.POST,
    path: '/packages/add',
    body: () => '[1, 2]',
    raw: true,
    status: 400,
  },
  {
    name: 'a JSON string for an object',
    handler: add.POST,
    path: '/packages/add',
    body: () => '"lease"',
    raw: true,
    status: 400,
  },
  {
    name: 'JSON null',
    handler: add.POST,
    path: '/packages/add',
    body: () => 'null',
    raw: true,
    status: 400,
  },
  {
    name: 'bytes that are not UTF-8',
    handler: add.POST,
    path: '/packages/add',
    body: () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00]),
    raw: true,
    status: 400,
  },
  {
    name: 'a body over 1 MB',
    handler: add.POST,
    path: '/packages/add',
    body: () => JSON.stringify({ name: TOO_LONG(1_100_000) }),
    raw: true,
    status: 413,
    error: /request_too_large/,
  },
  {
    name: 'externalData nested 5,000 deep',
    handler: add.POST,
    path: '/packages/add',
    body: () => `{"name":"Lease","externalData":${deepJson(5000)}}`,
    raw: true,
    status: 400,
  },
  {
    name: 'JSON nested 100,000 deep',
    handler: add.POST,
    path: '/packages/add',
    body: () => deepJson(100_000),
    raw: true,
    status: 400,
  },

  // Wrong types and values in packages/add.
  {
    name: 'a number for the name',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: 5 }),
    status: 400,
    error: /package_/,
  },
  {
    name: 'an empty name',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: '' }),
    status: 400,
  },
  {
    name: 'a name of spaces',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: '   ' }),
    status: 400,
  },
  {
    name: 'a name of 201 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: TOO_LONG(201) }),
    status: 400,
  },
  {
    name: 'a name with a NUL character',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: 'Lease\u0000' }),
    status: 400,
  },
  {
    name: 'a name with a bell character',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: 'Lease\u0007' }),
    status: 400,
  },
  {
    name: 'a name with a line break (mail header injection)',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: 'Lease\r\nBcc: all@example.test' }),
    status: 400,
  },
  {
    name: 'a name with a right-to-left override',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: 'Lease \u202efdp.exe' }),
    status: 400,
  },
  {
    name: 'a name of combining marks only',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { name: '\u0301\u0308\u0301' }),
    status: 400,
  },
  {
    name: 'a name that forges a signing link',
    handler: add.POST,
    path: '/packages/add',
    body: (w) =>
      addBody(w, { name: 'Lease {{signing-link:00000000-0000-4000-8000-000000000000}}' }),
    status: 400,
  },
  {
    name: 'an unknown type',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { type: 'parallel' }),
    status: 400,
  },
  {
    name: 'a state that cannot be created',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { state: 'executed' }),
    status: 400,
  },
  {
    name: 'timeSignBy in words',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { timeSignBy: 'tomorrow' }),
    status: 400,
  },
  {
    name: 'timeSignBy as a number',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { timeSignBy: 1767225600 }),
    status: 400,
  },
  {
    name: 'timeSignBy without an offset',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { timeSignBy: '2030-01-01T10:00:00' }),
    status: 400,
  },
  {
    name: 'an unknown time zone',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { timeZone: 'Mars/Olympus_Mons' }),
    status: 400,
  },
  {
    name: 'generateSignerLinks as a string',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { generateSignerLinks: 'yes' }),
    status: 400,
  },
  {
    name: 'externalData over 10,000 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { externalData: { note: TOO_LONG(10_001) } }),
    status: 400,
  },
  {
    name: 'externalData as an array',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { externalData: [1, 2] }),
    status: 400,
  },
  {
    name: 'a meeting without a start',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { type: 'video_closing_room', meeting: { duration: 'PT1H' } }),
    status: 400,
  },
  {
    name: 'a meeting duration in words',
    handler: add.POST,
    path: '/packages/add',
    body: (w) =>
      addBody(w, { meeting: { timeStart: '2030-01-01T10:00:00Z', duration: 'an hour' } }),
    status: 400,
  },
  {
    name: 'signers as a string',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { signers: 'ana@example.test' }),
    status: 400,
  },
  {
    name: '101 signers',
    handler: add.POST,
    path: '/packages/add',
    body: (w) =>
      addBody(w, {
        signers: Array.from({ length: 101 }, (_, i) => ({
          firstName: 'A',
          email: `a${i}@example.test`,
        })),
      }),
    status: 400,
  },
  {
    name: 'documents as an object',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { documents: { fileId: w.fileId } }),
    status: 400,
  },
  {
    name: 'an unknown fileId',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { documents: [{ fileId: '00000000-0000-4000-8000-000000000000' }] }),
    status: 404,
  },
  {
    name: 'a fileId of 10,000 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { documents: [{ fileId: TOO_LONG(10_000) }] }),
    status: 400,
  },
  {
    name: 'a document name with a control character',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => addBody(w, { documents: [{ fileId: w.fileId, name: 'Lease\u001b[31m' }] }),
    status: 400,
  },

  // Signers.
  {
    name: 'a signer without a first name',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: undefined }),
    status: 400,
  },
  {
    name: 'a signer first name of 101 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: TOO_LONG(101) }),
    status: 400,
  },
  {
    name: 'a signer first name with a NUL',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: 'An\u0000a' }),
    status: 400,
  },
  {
    name: 'a signer first name with a line break',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: 'Ana\nSubject: hi' }),
    status: 400,
  },
  {
    name: 'a signer last name with a direction isolate',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { lastName: 'Silva\u2067' }),
    status: 400,
  },
  {
    name: 'a signer first name of combining marks only',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: '\u0300\u0301' }),
    status: 400,
  },
  {
    name: 'a signer first name of zero-width spaces',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { firstName: '\u200b\u200b' }),
    status: 400,
  },
  {
    name: 'a signer email without an @',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { email: 'ana.example.test' }),
    status: 400,
  },
  {
    name: 'a signer email with a line break',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { email: 'ana@example.test\r\nBcc: x@example.test' }),
    status: 400,
  },
  {
    name: 'a signer email of 300 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { email: `${TOO_LONG(290)}@example.test` }),
    status: 400,
  },
  {
    name: 'a signer email as a number',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { email: 42 }),
    status: 400,
  },
  {
    name: 'a negative signing order',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { order: -1 }),
    status: 400,
  },
  {
    name: 'a fractional signing order',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { order: 1.5 }),
    status: 400,
  },
  {
    name: 'a signing order as a string',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { order: '1' }),
    status: 400,
  },
  {
    name: 'a mobile number of 40 characters',
    handler: add.POST,
    path: '/packages/add',
    body: (w) => signerBody(w, { mobileNumber: '1'.repeat(40) }),
    status: 400,
  },

  // The lifecycle.
  {
    name: 'send without a packageId',
    handler: send.POST,
    path: '/packages/send',
    body: () => ({}),
    status: 400,
  },
  {
    name: 'send with a packageId as a number',
    handler: send.POST,
    path: '/packages/send',
    body: () => ({ packageId: 7 }),
    status: 400,
  },
  {
    name: 'send with a packageId that is not a UUID',
    handler: send.POST,
    path: '/packages/send',
    body: () => ({ packageId: "' OR 1=1 --" }),
    status: 404,
  },
  {
    name: 'rescind with a message of 2,001 characters',
    handler: rescind.POST,
    path: '/packages/rescind',
    body: (w) => ({ packageId: w.packageId, rescindMessage: TOO_LONG(2001) }),
    status: 400,
  },
  {
    name: 'rescind with a message holding a NUL',
    handler: rescind.POST,
    path: '/packages/rescind',
    body: (w) => ({ packageId: w.packageId, rescindMessage: 'Sorry\u0000' }),
    status: 400,
  },
  {
    name: 'rescind with a message that forges a signing link',
    handler: rescind.POST,
    path: '/packages/rescind',
    body: (w) => ({
      packageId: w.packageId,
      rescindMessage: 'See {{signing-link:00000000-0000-4000-8000-000000000000}}',
    }),
    status: 400,
  },
  {
    name: 'rescind with notify as a string',
    handler: rescind.POST,
    path: '/packages/rescind',
    body: (w) => ({ packageId: w.packageId, notify: 'true' }),
    status: 400,
  },
  {
    name: 'extend by 0 days',
    handler: extend.POST,
    path: '/packages/extend',
    body: (w) => ({ packageId: w.packageId, days: 0 }),
    status: 400,
  },
  {
    name: 'extend by 366 days',
    handler: extend.POST,
    path: '/packages/extend',
    body: (w) => ({ packageId: w.packageId, days: 366 }),
    status: 400,
  },
  {
    name: 'extend by a string',
    handler: extend.POST,
    path: '/packages/extend',
    body: (w) => ({ packageId: w.packageId, days: '7' }),
    status: 400,
  },
  {
    name: 'extend by 1e400 days',
    handler: extend.POST,
    path: '/packages/extend',
    body: (w) => `{"packageId":"${w.packageId}","days":1e400}`,
    raw: true,
    status: 400,
  },
  {
    name: 'delete with notify as a number',
    handler: deletePackage.POST,
    path: '/packages/delete',
    body: (w) => ({ packageId: w.packageId, notify: 1 }),
    status: 400,
  },
  {
    name: 'list with a negative take',
    handler: list.POST,
    path: '/packages/list',
    body: () => ({ take: -1 }),
    status: 400,
  },
  {
    name: 'list with a fractional skip',
    handler: list.POST,
    path: '/packages/list',
    body: () => ({ skip: 1.5 }),
    status: 400,
  },
  {
    name: 'list with states as a string',
    handler: list.POST,
    path: '/packages/list',
    body: () => ({ states: 'open' }),
    status: 400,
  },
  {
    name: 'list with an unknown state',
    handler: list.POST,
    path: '/packages/list',
    body: () => ({ states: ['signed'] }),
    status: 400,
  },
];

/** A multipart upload that is refused as a whole. */
interface UploadCase {
  name: string;
  contentType: string;
  body: () => Promise<BodyInit> | BodyInit;
  query?: string;
  status: number;
  error: RegExp;
}

const UPLOAD_CASES: UploadCase[] = [
  {
    name: 'JSON instead of multipart',
    contentType: 'application/json',
    body: () => '{"file": "lease.pdf"}',
    status: 400,
    error: /file_invalid_request/,
  },
  {
    name: 'multipart without a boundary',
    contentType: 'multipart/form-data',
    body: () => 'garbage',
    status: 400,
    error: /file_invalid_request/,
  },
  {
    name: 'multipart whose boundary never appears',
    contentType: 'multipart/form-data; boundary=abc',
    body: () => 'no parts at all',
    status: 400,
    error: /file_upload_no_files/,
  },
  {
    name: 'multipart cut off in the middle of a part',
    contentType: 'multipart/form-data; boundary=abc',
    body: () =>
      '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
    status: 400,
    error: /file_upload_no_files/,
  },
  {
    name: 'multipart with only a plain field',
    contentType: 'multipart/form-data; boundary=abc',
    body: () => '--abc\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--abc--\r\n',
    status: 400,
    error: /file_upload_no_files/,
  },
  {
    name: 'an externalId of 201 characters',
    contentType: 'multipart/form-data; boundary=test-boundary-7d2a',
    body: () => multipartBody([{ fileName: 'a.pdf', content: TINY_PDF }]).body,
    query: `?externalId=${TOO_LONG(201)}`,
    status: 400,
    error: /file_length_externalId/,
  },
  {
    name: 'a body over 25 MB',
    contentType: 'multipart/form-data; boundary=test-boundary-7d2a',
    body: () =>
      multipartBody([{ fileName: 'big.pdf', content: new Uint8Array(26 * 1024 * 1024) }]).body,
    status: 413,
    error: /request_too_large/,
  },
];

/** A file that upload answers per file: flagged with a message, and not kept. */
interface FileCase {
  name: string;
  content: () => Promise<Uint8Array>;
  error: RegExp;
}

async function encryptedPdf() {
  // An /Encrypt dictionary in the trailer is what marks a PDF as encrypted.
  const text = new TextDecoder('latin1').decode(TINY_PDF);

  return new TextEncoder().encode(
    text.replace(
      'trailer<</Root 1 0 R>>',
      'trailer<</Root 1 0 R/Encrypt<</Filter/Standard/V 1/R 2/O(0123456789abcdef0123456789abcdef)/U(0123456789abcdef0123456789abcdef)/P -4>>/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]>>',
    ),
  );
}

async function pdfOfPages(count: number) {
  const doc = await PDFDocument.create();
  for (let index = 0; index < count; index++) doc.addPage([200, 200]);

  return doc.save();
}

function deeplyNestedPdf(depth: number) {
  return new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/Deep ' +
      '['.repeat(depth) +
      ']'.repeat(depth) +
      '>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

const FILE_CASES: FileCase[] = [
  { name: 'an empty file', content: async () => new Uint8Array(), error: /file_invalid_empty/ },
  {
    name: 'a text file',
    content: async () => new TextEncoder().encode('Dear tenant, …'),
    error: /file_invalid_type/,
  },
  {
    name: 'an HTML file named .pdf',
    content: async () => new TextEncoder().encode('<script>alert(1)</script>'),
    error: /file_invalid_type/,
  },
  {
    name: 'a PDF cut in half',
    content: async () =>
      (await realLeasePdf()).slice(0, Math.floor((await realLeasePdf()).length / 2)),
    error: /file_invalid_pdf/,
  },
  {
    name: 'a PDF header and nothing else',
    content: async () => new TextEncoder().encode('%PDF-1.7\n'),
    error: /file_invalid_pdf|file_invalid_empty/,
  },
  { name: 'an encrypted PDF', content: encryptedPdf, error: /file_password_protected/ },
  { name: 'a PDF of 5,000 pages', content: () => pdfOfPages(5000), error: /file_too_many_pages/ },
  {
    name: 'a PDF nested 20,000 arrays deep',
    content: async () => deeplyNestedPdf(20_000),
    error: /file_invalid_pdf/,
  },
];

/** A signer's form post that is refused: a 4xx, or a redirect back with the problem named. */
interface FormCase {
  name: string;
  handler: Handler;
  params: (world: World) => Record<string, string>;
  body: () => BodyInit;
  contentType?: string;
  origin?: string;
  expect: { status: number; text?: RegExp; problem?: RegExp };
}

const signParams = (w: World) => ({ token: w.tokens[0]!, documentId: w.documentIds[0]! });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const typedName = (name: string) => () => form({ kind: 'typed', typedName: name });

const FORM_CASES: FormCase[] = [
  {
    name: 'sign with an empty typed name',
    handler: sign.POST,
    params: signParams,
    body: typedName(''),
    expect: { status: 303, problem: /Type your name/ },
  },
  {
    name: 'sign with a typed name of spaces',
    handler: sign.POST,
    params: signParams,
    body: typedName('    '),
    expect: { status: 303, problem: /Type your name/ },
  },
  {
    name: 'sign with a typed name of 101 characters',
    handler: sign.POST,
    params: signParams,
    body: typedName(TOO_LONG(101)),
    expect: { status: 303, problem: /at most 100/ },
  },
  {
    name: 'sign with a typed name holding a NUL',
    handler: sign.POST,
    params: signParams,
    body: typedName('Ana\u0000Silva'),
    expect: { status: 303, problem: /control characters/ },
  },
  {
    name: 'sign with a typed name reversed by an override',
    handler: sign.POST,
    params: signParams,
    body: typedName('\u202eavliS anA'),
    expect: { status: 303, problem: /direction/ },
  },
  {
    name: 'sign with a typed name of combining marks',
    handler: sign.POST,
    params: signParams,
    body: typedName('\u0301\u0301\u0301'),
    expect: { status: 303, problem: /in letters/ },
  },
  {
    name: 'sign with a typed name of punctuation',
    handler: sign.POST,
    params: signParams,
    body: typedName('<>&"\''),
    expect: { status: 303, problem: /in letters/ },
  },
  {
    name: 'sign without a kind',
    handler: sign.POST,
    params: signParams,
    body: () => form({ typedName: 'Ana Silva' }),
    expect: { status: 303, problem: /type or draw/ },
  },
  {
    name: 'sign with an unknown kind',
    handler: sign.POST,
    params: signParams,
    body: () => form({ kind: 'stamped', typedName: 'Ana' }),
    expect: { status: 303, problem: /type or draw/ },
  },
  {
    name: 'sign with a drawing that is not a data URL',
    handler: sign.POST,
    params: signParams,
    body: () => form({ kind: 'drawn', drawnSignature: 'https://example.test/a.png' }),
    expect: { status: 303, problem: /Draw your signature/ },
  },
  {
    name: 'sign with a drawing that is a JPEG',
    handler: sign.POST,
    params: signParams,
    body: () =>
      form({
        kind: 'drawn',
        drawnSignature: `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).toString('base64')}`,
      }),
    expect: { status: 303, problem: /Draw your signature/ },
  },
  {
    name: 'sign with a drawing that starts like a PNG and is not one',
    handler: sign.POST,
    params: signParams,
    body: () =>
      form({
        kind: 'drawn',
        drawnSignature: `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64')}`,
      }),
    expect: { status: 303, problem: undefined },
  },
  {
    name: 'sign with a malformed multipart body',
    handler: sign.POST,
    params: signParams,
    contentType: 'multipart/form-data; boundary=zz',
    body: () => '--zz\r\nContent-Disposition: form-data; name="kind"\r\n\r\ntyped',
    expect: { status: 400, text: /could not be read/ },
  },
  {
    name: 'sign with a body over 1 MB',
    handler: sign.POST,
    params: signParams,
    body: typedName(TOO_LONG(1_100_000)),
    expect: { status: 413, text: /too large/ },
  },
  {
    name: 'sign from another site',
    handler: sign.POST,
    params: signParams,
    origin: 'https://evil.example',
    body: typedName('Ana Silva'),
    expect: { status: 403, text: /signing page/ },
  },
  {
    name: 'sign with a malformed origin',
    handler: sign.POST,
    params: signParams,
    origin: 'not a url',
    body: typedName('Ana Silva'),
    expect: { status: 403, text: /signing page/ },
  },
  {
    name: 'sign with a token of 10,000 characters',
    handler: sign.POST,
    params: (w) => ({ token: TOO_LONG(10_000), documentId: w.documentIds[0]! }),
    body: typedName('Ana Silva'),
    expect: { status: 303 },
  },
  {
    name: 'sign a document of another package',
    handler: sign.POST,
    params: (w) => ({ token: w.tokens[0]!, documentId: '00000000-0000-4000-8000-000000000000' }),
    body: typedName('Ana Silva'),
    expect: { status: 303, problem: undefined },
  },
  {
    name: 'decline with a reason of 1,001 characters',
    handler: declineConfirm.POST,
    params: (w) => ({ token: w.tokens[0]! }),
    body: () => form({ reason: TOO_LONG(1001) }),
    expect: { status: 303, problem: /at most 1,000/ },
  },
  {
    name: 'decline with a reason holding a NUL',
    handler: declineConfirm.POST,
    params: (w) => ({ token: w.tokens[0]! }),
    body: () => form({ reason: 'No\u0000' }),
    expect: { status: 303, problem: /control characters/ },
  },
  {
    name: 'decline with a malformed form',
    handler: declineConfirm.POST,
    params: (w) => ({ token: w.tokens[0]! }),
    contentType: 'multipart/form-data',
    body: () => 'reason=no',
    expect: { status: 400, text: /could not be read/ },
  },
  {
    name: 'consent with a documentId that is not a UUID',
    handler: consent.POST,
    params: (w) => ({ token: TOO_LONG(50) + w.tokens[0]! }),
    body: () => form({ documentId: '../../etc/passwd' }),
    expect: { status: 303 },
  },
  {
    name: 'a new link for a token that does not exist',
    handler: newLink.POST,
    params: () => ({ token: 'A'.repeat(22) }),
    body: () => '',
    expect: { status: 303 },
  },
];

describe.each(testEngines())('bad input on %s', (dialect) => {
  let database: TestDatabase;
  let world: World;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    const caller = await seedApiCaller(database);
    const uploaded = await uploadFile(caller.key, 'lease.pdf', TINY_PDF);
    const created = await callApi(add.POST, 'POST', '/packages/add', {
      key: caller.key,
      body: {
        name: 'Lease for 12 Quay Street',
        type: 'Sequential',
        state: 'open',
        generateSignerLinks: true,
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
          { firstName: 'Ken', lastName: 'Watanabe', email: 'ken@example.test', order: 2 },
        ],
        documents: [{ fileId: uploaded.json.files[0].fileId }],
      },
    });
    expect(created.status).toBe(200);

    const pkg = created.json.package;
    world = {
      key: caller.key,
      fileId: (await uploadFile(caller.key, 'spare.pdf', TINY_PDF)).json.files[0].fileId,
      packageId: pkg.packageId,
      tokens: pkg.signers.map((signer: { links: { token: string }[] }) => signer.links[0]!.token),
      documentIds: pkg.documents.map((document: { documentId: string }) => document.documentId),
    };
  });

  afterAll(async () => {
    await database.close();
  });

  function uploadFile(key: string, fileName: string, content: Uint8Array, query = '') {
    const { body, contentType } = multipartBody([{ fileName, content }]);

    return callApi(upload.POST, 'POST', `/files/upload${query}`, {
      key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
  }

  /** Every row a request could touch, so that "nothing changed" is checked whole. */
  async function databaseState() {
    const tables = [
      'packages',
      'documents',
      'signers',
      'revisions',
      'signing_links',
      'audit_events',
      'outbox_messages',
    ] as const;
    const state: Record<string, unknown> = {};

    for (const table of tables) {
      state[table] = await database.db.selectFrom(table).selectAll().orderBy('id').execute();
    }
    state.files = await database.db
      .selectFrom('files')
      .select(['id', 'kind', 'sha256'])
      .orderBy('id')
      .execute();
    state.blobs = await sql`select count(*) as n from files`.execute(database.db);

    return state;
  }

  test.each(API_CASES.map((c) => [c.name, c] as const))(
    'the API refuses %s',
    async (_name, apiCase) => {
      const before = await databaseState();
      const body = apiCase.body(world);
      const answer = await callApi(apiCase.handler, 'POST', apiCase.path, {
        key: world.key,
        ...(apiCase.raw
          ? { rawBody: body as BodyInit, headers: { 'content-type': 'application/json' } }
          : { body }),
      });

      expect(answer.status).toBe(apiCase.status);
      expect(answer.json.error).toMatch(apiCase.error ?? /^[a-z]+_[a-z_A-Z]+$/);
      expect(answer.json.message.length).toBeGreaterThan(10);
      expect(answer.json.message.length).toBeLessThan(600);
      expect(await databaseState()).toEqual(before);
    },
  );

  test.each(UPLOAD_CASES.map((c) => [c.name, c] as const))(
    'the upload refuses %s',
    async (_name, uploadCase) => {
      const before = await databaseState();
      const answer = await callApi(upload.POST, 'POST', `/files/upload${uploadCase.query ?? ''}`, {
        key: world.key,
        rawBody: await uploadCase.body(),
        headers: { 'content-type': uploadCase.contentType },
      });

      expect(answer.status).toBe(uploadCase.status);
      expect(answer.json.error).toMatch(uploadCase.error);
      expect(answer.json.message.length).toBeGreaterThan(10);
      expect(await databaseState()).toEqual(before);
    },
  );

  test.each(FILE_CASES.map((c) => [c.name, c] as const))(
    'the upload flags and does not keep %s',
    async (_name, fileCase) => {
      const before = await databaseState();
      const answer = await uploadFile(world.key, 'document.pdf', await fileCase.content());

      // The contract answers each file in turn: 200, the file flagged with its error.
      expect(answer.status).toBe(200);
      expect(answer.json.files).toHaveLength(1);
      expect(answer.json.files[0]).toMatchObject({ fileId: null, isInvalid: true });
      expect(answer.json.files[0].error).toMatch(fileCase.error);
      expect(answer.json.files[0].message).toMatch(/\w+ .*\./);
      expect(await databaseState()).toEqual(before);
    },
  );

  test.each(FORM_CASES.map((c) => [c.name, c] as const))(
    'the signer’s forms refuse %s',
    async (_name, formCase) => {
      const before = await databaseState();
      const headers: Record<string, string> = {
        'content-type': formCase.contentType ?? 'application/x-www-form-urlencoded',
        host: new URL(TEST_BASE_URL).host,
      };
      if (formCase.origin) headers.origin = formCase.origin;

      const response = await formCase.handler(
        new Request(`${TEST_BASE_URL}/sign/form`, {
          method: 'POST',
          headers,
          body: formCase.body(),
        }),
        { params: Promise.resolve(formCase.params(world)) as Promise<never> },
      );

      expect(response.status).toBe(formCase.expect.status);
      if (formCase.expect.text) expect(await response.text()).toMatch(formCase.expect.text);
      if (response.status === 303) {
        const location = new URL(response.headers.get('location')!, TEST_BASE_URL);
        const problem = location.searchParams.get('problem');
        if (formCase.expect.problem) expect(problem).toMatch(formCase.expect.problem);
        // Redirects stay on the portal.
        expect(location.origin).toBe(TEST_BASE_URL);
      }
      expect(await databaseState()).toEqual(before);
    },
  );

  test('an uploaded file’s name is kept without control or direction characters', async () => {
    const answer = await uploadFile(world.key, 'lease\u0000\u202Efdp.exe\r\n.pdf', TINY_PDF);
    expect(answer.json.files[0].fileName).toBe('leasefdp.exe.pdf');

    const stored = await database.db
      .selectFrom('files')
      .select('file_name')
      .where('id', '=', answer.json.files[0].fileId)
      .executeTakeFirstOrThrow();
    expect(stored.file_name).toBe('leasefdp.exe.pdf');
  });

  test('the suite holds at least 60 cases', () => {
    const total = API_CASES.length + UPLOAD_CASES.length + FILE_CASES.length + FORM_CASES.length;

    expect(total).toBeGreaterThanOrEqual(60);
  });
});
