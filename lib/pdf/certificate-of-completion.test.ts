import { PDFDocument } from 'pdf-lib';

import {
  createCertificateOfCompletion,
  type CertificateOfCompletionInput,
} from './certificate-of-completion';
import { inspectPdf } from './inspect-pdf';
import { readPageTexts } from './testing/read-page-texts';
import { requirePdfjsFromHost } from './testing/require-pdfjs-from-host';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(30_000);

const hash = (seed: string) => seed.repeat(64).slice(0, 64);
const USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like ' +
  'Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

function certificate(overrides: Partial<CertificateOfCompletionInput> = {}) {
  const signers = [
    { name: 'Jane Q. Doe', email: 'jane@example.com', order: 1 },
    { name: '山田 太郎', email: 'taro@example.jp', order: 2 },
    { name: 'محمد عبد الله', email: 'mohammed@example.ae', order: 3 },
    { name: 'Nguyễn Thị Phương Thảo', email: 'thao@example.vn', order: 4 },
  ];
  const events = Array.from({ length: 60 }, (_, index) => ({
    occurredAt: new Date(Date.UTC(2026, 2, 1, 4, 0, index)).toISOString(),
    action: index % 3 === 0 ? 'Opened the document' : 'Signed',
    actor: signers[index % signers.length]?.name ?? '',
    ipAddress: index % 5 === 0 ? null : `203.0.113.${index}`,
    userAgent: index % 7 === 0 ? null : USER_AGENT,
  }));

  return {
    organizationName: 'Harbour & Pine Property Management',
    packageName: 'Lease for 12 Harbour Street, unit 4B',
    packageId: 'pkg_01HV6Z3K9Q8W7E5R4T3Y2U1I0O',
    completedAt: '2026-03-01T04:59:59.000Z',
    documents: [
      {
        name: 'Residential lease.pdf',
        originalSha256: hash('a1'),
        finalSha256: hash('b2'),
        pageCount: 12,
      },
      {
        name: 'Pet addendum.pdf',
        originalSha256: hash('c3'),
        finalSha256: hash('d4'),
        pageCount: 2,
      },
    ],
    signers,
    events,
    ...overrides,
  };
}

describe('createCertificateOfCompletion', () => {
  test('states every hash, signer and IP address, with times in UTC', async () => {
    const input = certificate();
    const bytes = await createCertificateOfCompletion(input);
    const pages = await readPageTexts(bytes);
    const text = pages.join(' ');
    const compact = text.replace(/\s+/g, '');

    expect(await inspectPdf(bytes)).toMatchObject({ ok: true, pageCount: pages.length });
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain('Certificate of completion');
    expect(text).toContain('Completed 2026-03-01 04:59:59 UTC');
    expect(text).toContain('Time (UTC)');
    expect(text).toContain('2026-03-01 04:00:59 UTC');
    for (const document of input.documents) {
      expect(compact).toContain(document.originalSha256);
      expect(compact).toContain(document.finalSha256);
      expect(text).toContain(document.name);
    }
    for (const signer of input.signers) {
      expect(text).toContain(signer.name);
      expect(text).toContain(signer.email);
    }
    for (const event of input.events) {
      if (event.ipAddress) expect(text).toContain(event.ipAddress);
    }
    expect(compact).toContain(USER_AGENT.replace(/\s+/g, ''));
    expect(text).not.toMatch(/[\u0000-\u001f]/);
  });

  test('numbers every page, and says when a package is not complete yet', async () => {
    const bytes = await createCertificateOfCompletion(
      certificate({
        completedAt: null,
        documents: [
          { name: 'Lease.pdf', originalSha256: hash('e5'), finalSha256: null, pageCount: 3 },
        ],
      }),
    );
    const pages = await readPageTexts(bytes);

    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
    expect(pages[0]).toContain('Not completed yet');
    expect(pages[0]).toContain('not signed yet');
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(
      'Certificate of completion: Lease for 12 Harbour Street, unit 4B',
    );
  });

  test('a package without events or signers still makes a readable certificate', async () => {
    const bytes = await createCertificateOfCompletion(certificate({ signers: [], events: [] }));
    const [page] = await readPageTexts(bytes);

    expect(page).toContain('No signers.');
    expect(page).toContain('No events recorded.');
    expect(page).toContain('Page 1 of 1');
  });
});
