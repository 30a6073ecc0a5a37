import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';

import { createDemoDocument } from './create-demo-document';
import { demoDocumentTexts } from './demo-document-texts';
import { inspectPdf, type PdfRefusalReason } from './inspect-pdf';
import { readPageTexts } from './testing/read-page-texts';
import { requirePdfjsFromHost } from './testing/require-pdfjs-from-host';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());

type Expected =
  | { ok: true; pageCount: number; hasSignatureFields: boolean; isSigned: boolean }
  | { ok: false; reason: PdfRefusalReason; messageMentions: string };

const accepted = (pageCount: number, hasSignatureFields = false, isSigned = false): Expected => ({
  ok: true,
  pageCount,
  hasSignatureFields,
  isSigned,
});
const needsPassword: Expected = { ok: false, reason: 'encrypted', messageMentions: 'password' };
const restricted: Expected = { ok: false, reason: 'encrypted', messageMentions: 'security' };

/**
 * What each fixture in shared/fixtures/pdfs must give, from its README. Both damaged files are
 * accepted: every reader the README names reads all their pages, and pdf-lib's save repairs
 * them (see `inspectPdf` and the round-trip test below).
 */
const EXPECTED: Record<string, Expected> = {
  'damaged-broken-xref.pdf': accepted(19),
  'damaged-trailing-garbage-scan.pdf': accepted(1),
  'encrypted-owner-password-aes256.pdf': restricted,
  'encrypted-owner-password-no-print.pdf': restricted,
  'encrypted-user-password-aes128-scan.pdf': needsPassword,
  'encrypted-user-password.pdf': needsPassword,
  'form-irs-w9-xfa-no-signature-field.pdf': accepted(6),
  'form-signature-fields-owner-password-usage-rights.pdf': restricted,
  'form-text-fields-only.pdf': accepted(1),
  'form-with-signature-fields.pdf': accepted(3, true, false),
  'linearized-scanned-ocr.pdf': accepted(6),
  'long-98-pages-incremental-updates.pdf': accepted(98),
  'mixed-a4-letter.pdf': accepted(4),
  'mixed-page-sizes.pdf': accepted(3),
  'non-latin-hebrew-rtl.pdf': accepted(1),
  'non-latin-japanese-cid.pdf': accepted(1),
  'non-latin-multilingual.pdf': accepted(1),
  'pdf17-object-streams-xref-stream.pdf': accepted(1),
  'pdf20-simple.pdf': accepted(1),
  'rotated-arabic-90-180-270-360.pdf': accepted(4),
  'rotated-mixed.pdf': accepted(20),
  'scanned-image-only.pdf': accepted(1),
  'signed-broken-byterange.pdf': accepted(1, true, true),
  'signed-valid-signature.pdf': accepted(15, true, true),
};

const FIXTURE_DIRS = [
  path.resolve(__dirname, '../../../shared/fixtures/pdfs'),
  path.resolve(process.cwd(), '../shared/fixtures/pdfs'),
];
const fixtureDir = FIXTURE_DIRS.find((dir) => existsSync(dir));
const fixtureFiles = fixtureDir ? readdirSync(fixtureDir).filter((f) => f.endsWith('.pdf')) : [];

if (!fixtureDir) {
  console.warn(`PDF fixtures not found at ${FIXTURE_DIRS.join(' or ')}, skipping`);
}

const readFixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(fixtureDir ?? '', name)));

// pdf-lib reports each encrypted object it cannot parse with console.warn before it sees the
// /Encrypt entry; the inspection's result already says all there is to say about those files.
const PDF_LIB_PARSE_NOISE = /^(Trying to parse invalid object|Invalid object ref)/;
const originalWarn = console.warn;
beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && PDF_LIB_PARSE_NOISE.test(args[0])) return;
    originalWarn(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

(fixtureDir ? describe : describe.skip)('inspectPdf on the real-world fixtures', () => {
  test('every fixture has an expectation, and every expectation a fixture', () => {
    expect(fixtureFiles.toSorted()).toEqual(Object.keys(EXPECTED).toSorted());
  });

  test.each(fixtureFiles)('%s', async (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`${name} has no expected outcome: add it to EXPECTED`);

    const result = await inspectPdf(readFixture(name));

    if (expected.ok) {
      expect(result).toEqual({ ...expected, sha256: fixtureChecksums().get(name) });
    } else {
      expect(result).toEqual({
        ok: false,
        reason: expected.reason,
        message: expect.stringContaining(expected.messageMentions),
      });
    }
  });

  test.each(['damaged-broken-xref.pdf', 'damaged-trailing-garbage-scan.pdf'])(
    '%s shows the same pages after pdf-lib saves it, so signing repairs it',
    async (name) => {
      const original = readFixture(name);
      const saved = await (await PDFDocument.load(original, { updateMetadata: false })).save();
      const textsBefore = await readPageTexts(original);

      expect(await inspectPdf(saved)).toMatchObject({ ok: true, pageCount: textsBefore.length });
      expect(await readPageTexts(saved)).toEqual(textsBefore);
    },
  );
});

describe('inspectPdf on made-up input', () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    demo = await createDemoDocument({
      organizationName: 'Test Realty',
      ...demoDocumentTexts['mutual-nda'],
    });
  });

  test('empty input is empty', async () => {
    expect(await inspectPdf(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });

  test.each([
    ['plain text', new TextEncoder().encode('Dear tenant, please sign the lease.')],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    [
      'a header after 1024 bytes',
      concat(new Uint8Array(1025).fill(0x20), new TextEncoder().encode('%PDF-1.7\n')),
    ],
  ])('%s is not a PDF', async (_, bytes) => {
    expect(await inspectPdf(bytes)).toMatchObject({ ok: false, reason: 'not_pdf' });
  });

  test('leading junk within 1024 bytes is accepted, as PDF readers do', async () => {
    const withJunk = concat(new TextEncoder().encode('X'.repeat(1000)), demo);

    expect(await inspectPdf(withJunk)).toMatchObject({ ok: true });
  });

  test.each([
    ['a header and nothing else', () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n')],
    ['a file cut off at 40%', () => demo.slice(0, Math.floor(demo.length * 0.4))],
  ])('%s is damaged', async (_, bytes) => {
    const result = await inspectPdf(bytes());

    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    expect(result.ok || result.message).toMatch(/damaged/);
  });

  test('a PDF without pages is refused', async () => {
    const noPages = await (await PDFDocument.create()).save({ addDefaultPage: false });

    expect(await inspectPdf(noPages)).toMatchObject({ ok: false, reason: 'empty' });
  });

  test('every message is one plain instruction a person can follow', async () => {
    const result = await inspectPdf(new TextEncoder().encode('hello'));

    expect(result).toEqual({
      ok: false,
      reason: 'not_pdf',
      message: expect.stringMatching(/^This file .+\.$/),
    });
  });
});

function fixtureChecksums(): Map<string, string> {
  const sums = readFileSync(path.join(fixtureDir ?? '', 'SHA256SUMS'), 'utf8');

  return new Map(
    sums
      .split('\n')
      .map((line) => line.trim().split(/\s+\*?/))
      .filter((parts): parts is [string, string] => parts.length === 2)
      .map(([hash, name]) => [name, hash]),
  );
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }

  return joined;
}
