import { createHash } from 'node:crypto';

import { PDFDocument } from 'pdf-lib';

import { createDemoDocument } from './create-demo-document';
import { demoDocumentTexts } from './demo-document-texts';
import { stampSignature, type StampSignatureInput } from './stamp-signature';
import { buildSignatureForm } from './testing/build-signature-form';
import { makeSignaturePng } from './testing/make-png';
import { readPageTexts } from './testing/read-page-texts';
import { readPlacedText } from './testing/read-placed-text';
import { requirePdfjsFromHost } from './testing/require-pdfjs-from-host';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
// The first stamp parses the fonts' layout tables, and several tests stamp a file many times.
jest.setTimeout(30_000);

const ORIGINAL_SHA256 = 'a3f1c9e07b5d2c4e8f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6';

let demo: Uint8Array;
beforeAll(async () => {
  demo = await createDemoDocument({
    organizationName: 'Harbour & Pine Property Management',
    ...demoDocumentTexts['mutual-nda'],
  });
});

function signer(overrides: Partial<StampSignatureInput> = {}): StampSignatureInput {
  return {
    pdf: demo,
    signature: { kind: 'typed', text: 'Jane Q. Doe' },
    signerName: 'Jane Q. Doe',
    signerEmail: 'jane@example.com',
    signerId: 'signer_7f3a9c2e',
    signedAt: '2026-03-01T04:59:59.000Z',
    originalSha256: ORIGINAL_SHA256,
    documentName: 'Mutual NDA.pdf',
    ...overrides,
  };
}

const pageCountOf = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('stampSignature on a document without signature fields', () => {
  test('appends a signature page naming the signer, the time in UTC and the hash', async () => {
    const before = await pageCountOf(demo);
    const result = await stampSignature(signer());
    const lastPage = (await readPageTexts(result.pdf)).at(-1) ?? '';

    expect(result.placement).toBe('signature_page');
    expect(result.invalidatedEarlierSignature).toBe(false);
    expect(result.sha256).toBe(sha256(result.pdf));
    expect(await pageCountOf(result.pdf)).toBe(before + 1);
    expect(lastPage).toContain('Signature page');
    expect(lastPage).toContain('Jane Q. Doe');
    expect(lastPage).toContain('jane@example.com');
    expect(lastPage).toContain('2026-03-01 04:59:59 UTC');
    expect(lastPage).toContain(ORIGINAL_SHA256);
    expect(lastPage).toContain('Mutual NDA.pdf');
    expect(lastPage).not.toMatch(/[\u0000-\u001f]/);
  });

  test('the next signer adds to the same signature page, with a drawn signature', async () => {
    const first = await stampSignature(signer());
    const second = await stampSignature(
      signer({
        pdf: first.pdf,
        signature: { kind: 'drawn', png: makeSignaturePng() },
        signerName: 'Omar Haddad',
        signerEmail: 'omar@example.com',
        signerId: 'signer_2b8d0e41',
      }),
    );
    const lastPage = (await readPageTexts(second.pdf)).at(-1) ?? '';

    expect(second.placement).toBe('signature_page');
    expect(await pageCountOf(second.pdf)).toBe(await pageCountOf(first.pdf));
    expect(lastPage).toContain('Jane Q. Doe');
    expect(lastPage).toContain('Omar Haddad');
    expect(lastPage.split('Signature page').length).toBe(2);
    expect(second.sha256).toBe(sha256(second.pdf));
  });

  test('a full signature page is continued on a new page', async () => {
    const before = await pageCountOf(demo);
    let pdf = demo;
    const names = ['Ann', 'Ben', 'Cleo', 'Dev', 'Eva', 'Finn', 'Gus'].map((n) => `${n} Signer`);
    for (const name of names) {
      pdf = (
        await stampSignature(
          signer({ pdf, signerName: name, signature: { kind: 'typed', text: name } }),
        )
      ).pdf;
    }
    const pages = await readPageTexts(pdf);
    const signaturePages = pages.slice(before).join(' ');

    expect(pages.length).toBe(before + 2);
    expect(pages.at(-1)).toContain('Signature page (continued)');
    for (const name of names) expect(signaturePages).toContain(name);
  });

  test.each([
    ['Japanese', '山田 太郎', '山田 太郎'],
    ['Arabic', 'محمد عبد الله', 'محمد عبد الله'],
    ['Hebrew', 'דוד כהן', 'דוד כהן'],
    ['Vietnamese', 'Nguyễn Thị Phương Thảo', 'Nguyễn Thị Phương'],
    ['Greek', 'Αλέξανδρος Παπαδόπουλος', 'Αλέξανδρος'],
    ['Cyrillic', 'Анна Каренина', 'Анна Каренина'],
  ])('%s: the name reads back as the same characters', async (_, name, expected) => {
    const result = await stampSignature(
      signer({ signerName: name, signature: { kind: 'typed', text: name } }),
    );
    const lastPage = (await readPageTexts(result.pdf)).at(-1) ?? '';

    expect(lastPage.replace(/\s+/g, '')).toContain(name.replace(/\s+/g, ''));
    expect(lastPage).toContain(expected);
    expect(lastPage).not.toMatch(/[\u0000-\u001f]/);
  });

  test('refuses an empty typed signature and a time that is not an instant', async () => {
    await expect(
      stampSignature(signer({ signature: { kind: 'typed', text: ' ' } })),
    ).rejects.toThrow(/needs some text/);
    await expect(stampSignature(signer({ signedAt: 'yesterday' }))).rejects.toThrow(RangeError);
  });
});

describe('stampSignature on a document with signature fields', () => {
  const FIELD_RECT = [300, 200, 200, 40] as const;
  const SIDEWAYS_FIELD_RECT = [300, 200, 40, 200] as const;

  test('draws a typed signature inside the field for the signer, adding no page', async () => {
    const form = await buildSignatureForm([
      {
        fields: [
          { name: 'first_signature', rect: [72, 500, 200, 40] },
          { name: 'sig_signer_7f3a9c2e', rect: [...FIELD_RECT] },
        ],
      },
    ]);
    const result = await stampSignature(signer({ pdf: form }));
    const { items, toViewport } = await readPlacedText(result.pdf, 1);
    const box = toViewport(rectCorners(FIELD_RECT));
    const signature = items.find((item) => item.str.includes('Jane Q. Doe'));

    expect(result.placement).toBe('field');
    expect(await pageCountOf(result.pdf)).toBe(1);
    expect(signature).toBeDefined();
    expect(signature?.angle).toBe(0);
    expectInside(signature, box);
  });

  test('picks by email, then the first open field, and never gives a field out twice', async () => {
    const form = await buildSignatureForm([
      { fields: [{ name: 'Applicant', rect: [72, 600, 200, 40] }] },
      {
        fields: [
          { name: 'for omar@example.com', rect: [72, 400, 200, 40] },
          { name: 'Witness', rect: [72, 200, 200, 40] },
        ],
      },
    ]);
    const omar = { signerName: 'Omar Haddad', signerEmail: 'omar@example.com', signerId: 'o1x9' };
    const first = await stampSignature(signer({ pdf: form }));
    const second = await stampSignature(signer({ pdf: first.pdf, ...omar }));
    const third = await stampSignature(signer({ pdf: second.pdf, signerName: 'Wendy Witt' }));
    const pageOne = await readPlacedText(third.pdf, 1);
    const pageTwo = await readPlacedText(third.pdf, 2);

    expectInside(
      pageOne.items.find((item) => item.str.includes('Jane Q. Doe')),
      pageOne.toViewport(rectCorners([72, 600, 200, 40])),
    );
    expectInside(
      pageTwo.items.find((item) => item.str.includes('Omar Haddad')),
      pageTwo.toViewport(rectCorners([72, 400, 200, 40])),
    );
    expectInside(
      pageTwo.items.find((item) => item.str.includes('Wendy Witt')),
      pageTwo.toViewport(rectCorners([72, 200, 200, 40])),
    );

    const fourth = await stampSignature(signer({ pdf: third.pdf, signerName: 'Late Comer' }));
    expect(fourth.placement).toBe('signature_page');
    expect(await pageCountOf(fourth.pdf)).toBe(3);
  });

  test.each([90, 180, 270, -90, 360])(
    'on a page with /Rotate %i the signature is upright and inside the field as seen',
    async (rotate) => {
      // A field that looks wide on the turned page is tall in the page's own coordinates.
      const rect = rotate % 180 === 0 ? FIELD_RECT : SIDEWAYS_FIELD_RECT;
      const form = await buildSignatureForm([
        { rotate, fields: [{ name: 'signer_7f3a9c2e', rect: [...rect] }] },
      ]);
      const result = await stampSignature(signer({ pdf: form }));
      const { items, toViewport } = await readPlacedText(result.pdf, 1);
      const box = toViewport(rectCorners(rect));
      const signature = items.find((item) => item.str === 'Jane Q. Doe');
      const caption = items.find((item) => item.str.includes('2026-03-01 04:59:59 UTC'));

      expectInside(signature, box);
      expectInside(caption, box);
      expect(signature?.width).toBeGreaterThan(0.4 * (box.right - box.left));
    },
  );

  test('honours an inherited /Rotate, and the signature page is unrotated', async () => {
    const form = await buildSignatureForm(
      [{ fields: [{ name: 'signer_7f3a9c2e', rect: [...SIDEWAYS_FIELD_RECT] }] }, {}],
      90,
    );
    const inField = await stampSignature(signer({ pdf: form }));
    const onPage = await stampSignature(signer({ pdf: inField.pdf, signerId: 'someone-else' }));
    const fieldPage = await readPlacedText(onPage.pdf, 1);
    const signaturePage = await readPlacedText(onPage.pdf, 3);
    const doc = await PDFDocument.load(onPage.pdf);

    expectInside(
      fieldPage.items.find((item) => item.str.includes('Jane Q. Doe')),
      fieldPage.toViewport(rectCorners(SIDEWAYS_FIELD_RECT)),
    );
    expect(doc.getPage(2).getRotation().angle).toBe(0);
    expect(signaturePage.items.every((item) => item.angle === 0)).toBe(true);
  });
});

function rectCorners([x, y, width, height]: readonly number[]): number[] {
  return [x ?? 0, y ?? 0, (x ?? 0) + (width ?? 0), (y ?? 0) + (height ?? 0)];
}

function expectInside(
  item: { x: number; y: number; width: number; angle: number } | undefined,
  box: { left: number; top: number; right: number; bottom: number },
) {
  expect(item).toBeDefined();
  if (!item) return;

  expect(item.angle).toBe(0);
  expect(item.x).toBeGreaterThanOrEqual(box.left - 0.5);
  expect(item.x + item.width).toBeLessThanOrEqual(box.right + 0.5);
  expect(item.y).toBeGreaterThanOrEqual(box.top);
  expect(item.y).toBeLessThanOrEqual(box.bottom);
}
