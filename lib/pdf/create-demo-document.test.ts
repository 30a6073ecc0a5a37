import { PDFDocument, StandardFonts } from 'pdf-lib';

import { createDemoDocument, toEncodableText, wrapText } from './create-demo-document';
import { demoDocumentTexts, type DemoDocumentKind } from './demo-document-texts';
import { inspectPdf } from './inspect-pdf';
import { readPageTexts } from './testing/read-page-texts';
import { requirePdfjsFromHost } from './testing/require-pdfjs-from-host';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());

const ORGANIZATION = 'Harbour & Pine Property Management';
const kinds = Object.keys(demoDocumentTexts) as DemoDocumentKind[];

describe('createDemoDocument', () => {
  test.each(kinds.flatMap((kind) => [[kind, 'letter'] as const, [kind, 'a4'] as const]))(
    '%s on %s paper is a real PDF of at least two pages',
    async (kind, pageSize) => {
      const bytes = await createDemoDocument({
        organizationName: ORGANIZATION,
        pageSize,
        ...demoDocumentTexts[kind],
      });
      const doc = await PDFDocument.load(bytes);
      const pageCount = doc.getPageCount();

      expect(pageCount).toBeGreaterThanOrEqual(2);
      expect(doc.getTitle()).toBe(demoDocumentTexts[kind].title);
      expect(doc.getAuthor()).toBe(ORGANIZATION);
      expect(await inspectPdf(bytes)).toMatchObject({
        ok: true,
        pageCount,
        hasSignatureFields: false,
        isSigned: false,
      });
    },
  );

  test('PDF.js reads the title, the organization and the page numbers as text', async () => {
    const { title, sections } = demoDocumentTexts['closing-disclosure'];
    const bytes = await createDemoDocument({ title, organizationName: ORGANIZATION, sections });
    const pages = await readPageTexts(bytes);
    const firstPage = pages[0] ?? '';

    expect(firstPage).toContain(title);
    expect(firstPage).toContain(ORGANIZATION);
    expect(firstPage).toContain(`Page 1 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages.join(' ')).toContain('Wire fraud warning');
  });

  test('uses the page size asked for', async () => {
    const sizes = await Promise.all(
      (['letter', 'a4'] as const).map(async (pageSize) => {
        const bytes = await createDemoDocument({ ...smallDocument(), pageSize });

        return (await PDFDocument.load(bytes)).getPage(0).getSize();
      }),
    );

    expect(sizes).toEqual([
      { width: 612, height: 792 },
      { width: 595.28, height: 841.89 },
    ]);
  });

  test('text outside WinAnsi never throws and the rest of it survives', async () => {
    const bytes = await createDemoDocument({
      title: 'Lease for Zo\u00eb \u201cZ\u201d M\u00fcller \u2014 \u5951\u7d04 \ud83d\ude00',
      organizationName: '\u0141\u00f3d\u017a Rentals\t\u2212 Pr\u00fcfung',
      sections: [{ heading: '\u2192 Rent \u2264 $2,000', paragraphs: ['A\u2009thin space.'] }],
    });
    const firstPage = (await readPageTexts(bytes))[0] ?? '';

    expect(firstPage).toContain('Lease for Zo\u00eb \u201cZ\u201d M\u00fcller \u2014');
    expect(firstPage).toContain('L\u00f3dz Rentals - Pr\u00fcfung');
    expect(firstPage).toContain('-> Rent <= $2,000');
    expect(firstPage).toContain('A thin space.');
  });

  test('a very long organization name is shortened in the footer, not run into it', async () => {
    const organizationName = 'Very Long Name '.repeat(20).trim();
    const bytes = await createDemoDocument({ ...smallDocument(), organizationName });

    expect((await readPageTexts(bytes))[0]).toMatch(/Very Long Name.*\u2026.*Page 1 of 1/);
  });

  test('the same options give the same bytes', async () => {
    const [first, second] = await Promise.all([
      createDemoDocument(smallDocument()),
      createDemoDocument(smallDocument()),
    ]);

    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('wrapText', () => {
  test('keeps every word, in order, and no line is wider than asked', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const text = `${demoDocumentTexts['mutual-nda'].sections[1]?.paragraphs[0]} ${'x'.repeat(120)}`;
    const lines = wrapText(text, font, 11, 200);

    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(200);
  });

  test('an empty text has no lines', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

    expect(wrapText('', font, 11, 200)).toEqual([]);
    expect(toEncodableText(' \n\t ', font)).toBe('');
  });
});

function smallDocument() {
  return {
    title: 'Pet Addendum',
    organizationName: ORGANIZATION,
    sections: [{ heading: 'Pets', paragraphs: ['One cat is allowed.'] }],
  };
}
