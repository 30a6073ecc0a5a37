import { createHash } from 'node:crypto';

import { inspectPdf } from './inspect-pdf';
import { openPdfjsDocument } from './open-pdfjs-document';
import { stampSignature } from './stamp-signature';
import { fixtureFiles, readFixture, silencePdfLibParseWarnings } from './testing/pdf-fixtures';
import { readPlacedText } from './testing/read-placed-text';
import { requirePdfjsFromHost } from './testing/require-pdfjs-from-host';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(30_000);
silencePdfLibParseWarnings();

type Expected =
  | { refused: true }
  | {
      placement: 'field' | 'signature_page';
      invalidatedEarlierSignature: boolean;
      /** The rectangle of the field the signature must land in, on page 1. */
      fieldRect?: number[];
    };

const onPage: Expected = { placement: 'signature_page', invalidatedEarlierSignature: false };
const refused: Expected = { refused: true };

/**
 * What stamping each fixture in shared/fixtures/pdfs gives. Files `inspectPdf` refuses never
 * reach a signer, so they are never stamped. The W-9 carries Adobe usage rights (`/Perms
 * /UR3`), which the rewrite breaks, so it reports an earlier signature too.
 */
const EXPECTED: Record<string, Expected> = {
  'damaged-broken-xref.pdf': onPage,
  'damaged-trailing-garbage-scan.pdf': onPage,
  'encrypted-owner-password-aes256.pdf': refused,
  'encrypted-owner-password-no-print.pdf': refused,
  'encrypted-user-password-aes128-scan.pdf': refused,
  'encrypted-user-password.pdf': refused,
  'form-irs-w9-xfa-no-signature-field.pdf': { ...onPage, invalidatedEarlierSignature: true },
  'form-signature-fields-owner-password-usage-rights.pdf': refused,
  'form-text-fields-only.pdf': onPage,
  // The first of its 7 signature fields, "usersign", as qpdf reports it.
  'form-with-signature-fields.pdf': {
    placement: 'field',
    invalidatedEarlierSignature: false,
    fieldRect: [233.176, 433.779, 425.569, 455.953],
  },
  'linearized-scanned-ocr.pdf': onPage,
  'long-98-pages-incremental-updates.pdf': onPage,
  'mixed-a4-letter.pdf': onPage,
  'mixed-page-sizes.pdf': onPage,
  'non-latin-hebrew-rtl.pdf': onPage,
  'non-latin-japanese-cid.pdf': onPage,
  'non-latin-multilingual.pdf': onPage,
  'pdf17-object-streams-xref-stream.pdf': onPage,
  'pdf20-simple.pdf': onPage,
  'rotated-arabic-90-180-270-360.pdf': onPage,
  'rotated-mixed.pdf': onPage,
  'scanned-image-only.pdf': onPage,
  'signed-broken-byterange.pdf': { ...onPage, invalidatedEarlierSignature: true },
  'signed-valid-signature.pdf': { ...onPage, invalidatedEarlierSignature: true },
};

const SIGNER = {
  signature: { kind: 'typed', text: 'Zoë Παπαδοπούλου' },
  signerName: 'Zoë Παπαδοπούλου 山田',
  signerEmail: 'zoe@example.com',
  signerId: 'signer_5e1d77aa',
  signedAt: '2026-03-01T04:59:59.000Z',
} as const;

describe('stampSignature on every shared fixture', () => {
  // Jest refuses `test.each` over an empty table, so a checkout without fixtures skips one test.
  if (fixtureFiles.length === 0) {
    test.skip('needs shared/fixtures/pdfs', () => {});
    return;
  }

  test.each(fixtureFiles)('%s is signed as expected, or refused at upload', async (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`${name} has no expected outcome: add it to EXPECTED`);

    const original = readFixture(name);
    const inspection = await inspectPdf(original);

    if ('refused' in expected) {
      expect(inspection.ok).toBe(false);
      return;
    }
    if (!inspection.ok) throw new Error(`${name} was refused: ${inspection.message}`);

    const result = await stampSignature({
      ...SIGNER,
      pdf: original,
      originalSha256: inspection.sha256,
      documentName: name,
    });
    const pageCount = inspection.pageCount + (expected.placement === 'signature_page' ? 1 : 0);

    const { fieldRect, ...outcome } = expected;
    expect(result).toMatchObject({ ...outcome, pageCount });
    expect(result.sha256).toBe(createHash('sha256').update(result.pdf).digest('hex'));
    // Both pdf-lib and PDF.js read the result and every page of it.
    expect(await inspectPdf(result.pdf)).toMatchObject({ ok: true, pageCount });

    const stampedPage = expected.placement === 'field' ? 1 : pageCount;
    const text = await readDrawnPage(result.pdf, stampedPage);
    expect(text).toContain(SIGNER.signature.text);
    if (expected.placement === 'signature_page') {
      expect(text).toContain(SIGNER.signerName);
      expect(text).toContain(inspection.sha256);
    }

    // Upright as a viewer shows the page, on a signature page and in a field alike.
    const { items, toViewport } = await readPlacedText(result.pdf, stampedPage);
    const signature = items.find((item) => item.str.includes(SIGNER.signature.text));
    expect(signature?.angle).toBe(0);

    if (fieldRect) {
      const box = toViewport(fieldRect);

      expect(signature?.x).toBeGreaterThanOrEqual(box.left);
      expect((signature?.x ?? 0) + (signature?.width ?? 0)).toBeLessThanOrEqual(box.right);
      expect(signature?.y).toBeGreaterThanOrEqual(box.top);
      expect(signature?.y).toBeLessThanOrEqual(box.bottom);
    }
  });
});

/** Parses a page's content and fonts as drawing it would, and returns its text. */
async function readDrawnPage(bytes: Uint8Array, pageNumber: number): Promise<string> {
  const task = await openPdfjsDocument(bytes);

  try {
    const page = await (await task.promise).getPage(pageNumber);
    const operators = await page.getOperatorList();
    expect(operators.fnArray.length).toBeGreaterThan(0);

    const content = await page.getTextContent();

    const strings = content.items.map((item) => ('str' in item ? item.str : ''));

    return strings.join(' ').replace(/\s+/g, ' ');
  } finally {
    await task.destroy();
  }
}
