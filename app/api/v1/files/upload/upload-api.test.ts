import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { inspectPdf } from '@/lib/pdf/inspect-pdf';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import {
  callApi,
  multipartBody,
  rowCounts,
  seedApiCaller,
  TINY_PDF,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-databases';

import * as upload from './route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(120_000);

const FIXTURE_DIRS = [
  path.resolve(__dirname, '../../../../../../shared/fixtures/pdfs'),
  path.resolve(process.cwd(), '../shared/fixtures/pdfs'),
];
const fixtureDir = FIXTURE_DIRS.find((dir) => existsSync(dir));
const fixtures = fixtureDir ? readdirSync(fixtureDir).filter((name) => name.endsWith('.pdf')) : [];

if (!fixtureDir) {
  console.warn(`PDF fixtures not found at ${FIXTURE_DIRS.join(' or ')}, skipping them`);
}

// pdf-lib warns about each encrypted object before it sees /Encrypt; the flags say it all.
jest.spyOn(console, 'warn').mockImplementation(() => undefined);

/** Upload runs on SQLite only: it stores bytes the same way on both engines. */
describe('POST /api/v1/files/upload', () => {
  let database: TestDatabase;
  let key: string;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    useApiTestDatabase(database);
    key = (await seedApiCaller(database)).key;
  });

  afterAll(async () => {
    await database.close();
  });

  const send = (files: { fileName: string; content: Uint8Array }[], query = '') => {
    const { body, contentType } = multipartBody(files);

    return callApi(upload.POST, 'POST', `/files/upload${query}`, {
      key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
  };

  test('keeps a PDF as a temporary file with its RFC 5987 name and externalId', async () => {
    const { status, json } = await send(
      [{ fileName: 'résumé.pdf', content: TINY_PDF }],
      '?externalId=x-1',
    );

    expect(status).toBe(200);
    expect(json.files).toEqual([
      {
        fileId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        externalId: 'x-1',
        fileName: 'résumé.pdf',
        isInvalid: false,
        isPasswordProtected: false,
        isNotSupported: false,
        error: null,
        message: null,
        type: 'temporary',
      },
    ]);
  });

  test.each([
    ['a text file', new TextEncoder().encode('Just some notes'), { isNotSupported: true }],
    ['an empty file', new Uint8Array(), { isInvalid: true }],
  ])('%s is flagged and not kept', async (_title, content, flags) => {
    const before = await rowCounts(database);
    const { status, json } = await send([{ fileName: 'notes.pdf', content }]);

    expect(status).toBe(200);
    expect(json.files[0]).toMatchObject({ fileId: null, isInvalid: true, ...flags });
    expect(json.files[0].message).toEqual(expect.any(String));
    expect(await rowCounts(database)).toEqual(before);
  });

  const fixtureTest = fixtureDir ? test.each(fixtures) : test.skip.each(['(no fixtures)']);

  fixtureTest('%s: flags follow inspectPdf, never a 500', async (name) => {
    const content = new Uint8Array(readFileSync(path.join(fixtureDir ?? '', name)));
    const before = await rowCounts(database);

    const { status, json } = await send([{ fileName: name, content }]);
    const inspection = await inspectPdf(content);

    expect(status).toBe(200);
    const [file] = json.files;
    expect(file.isInvalid).toBe(!inspection.ok);
    expect(file.isPasswordProtected).toBe(!inspection.ok && inspection.reason === 'encrypted');
    expect(file.isNotSupported).toBe(!inspection.ok && inspection.reason === 'not_pdf');
    expect(file.fileId === null).toBe(!inspection.ok);
    if (name.startsWith('encrypted-')) expect(file.isPasswordProtected).toBe(true);

    const after = await rowCounts(database);
    expect(Number(after.files) - Number(before.files)).toBe(inspection.ok ? 1 : 0);
  });
});
