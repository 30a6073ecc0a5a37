import { PageSizes, PDFDocument } from 'pdf-lib';

import {
  createPageFlow,
  drawParagraph,
  drawTable,
  FOOTER_SPACE,
  INK,
  MUTED,
  type PageFlow,
} from './draw-table';
import { embedFontSet, type FontSet } from './embed-font-set';
import { formatUtc } from './format-utc';
import { drawTextLine, widthOfText } from './text-runs';

export interface CertificateOfCompletionInput {
  organizationName: string;
  packageName: string;
  packageId: string;
  /** ISO instant in UTC when the last signature was added, or null while signing goes on. */
  completedAt: string | null;
  documents: {
    name: string;
    originalSha256: string;
    /** SHA-256 of the signed file, or null while no one has signed it. */
    finalSha256: string | null;
    pageCount: number;
  }[];
  signers: { name: string; email: string; order: number }[];
  /** Audit events, in the order they happened; `occurredAt` is an ISO instant. */
  events: {
    occurredAt: string;
    action: string;
    actor: string;
    ipAddress: string | null;
    userAgent: string | null;
  }[];
}

const MARGIN = 56;
const NONE = '\u2014';
const TITLE = 'Certificate of completion';
const FINGERPRINT_NOTE =
  'A SHA-256 fingerprint identifies a file exactly: any change to the file gives another one. ' +
  'The original fingerprint is of the file as uploaded, the final one of the signed file.';

/**
 * Creates the certificate of completion of a package: a Letter-size PDF stating who the
 * package was from, its documents with their original and final SHA-256, its signers in
 * signing order, and its audit trail with IP addresses and user agents. Long values wrap within
 * their table cells, every time is in UTC and says so, and every page is numbered. Text in any
 * script the signature fonts cover is real text (see `embedFontSet`).
 */
export async function createCertificateOfCompletion(
  input: CertificateOfCompletionInput,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${TITLE}: ${input.packageName}`, { showInWindowTitleBar: true });
  doc.setAuthor(input.organizationName);
  doc.setCreator('Signer portal');

  const rows = tableRows(input);
  const fonts = await embedFontSet(doc, [
    input.organizationName,
    input.packageName,
    input.packageId,
    FINGERPRINT_NOTE,
    ...Object.values(rows).flat(2),
    `${TITLE} Page 0123456789 of Status Completed Not completed yet UTC`,
  ]);
  const flow = createPageFlow(doc, fonts, PageSizes.Letter, MARGIN);

  drawTitleBlock(flow, input);
  drawTable(
    flow,
    'Documents',
    [
      { header: 'Document', share: 2.6 },
      { header: 'Pages', share: 0.8 },
      // Wide enough for a whole hash on one line, the way people compare them.
      { header: 'SHA-256 fingerprints', share: 6.6 },
    ],
    rows.documents,
    { empty: 'No documents.', size: 7.5 },
  );
  drawParagraph(flow, FINGERPRINT_NOTE, {
    chain: fonts.regular,
    size: 7.5,
    leading: 10,
    color: MUTED,
    gapBefore: 6,
  });
  drawTable(
    flow,
    'Signers',
    [
      { header: 'Order', share: 1 },
      { header: 'Name', share: 4 },
      { header: 'Email', share: 5 },
    ],
    rows.signers,
    { empty: 'No signers.' },
  );
  drawTable(
    flow,
    'Audit trail',
    [
      { header: 'Time (UTC)', share: 3.1 },
      { header: 'Event', share: 2.1 },
      { header: 'By', share: 1.9 },
      { header: 'IP address', share: 1.9 },
      { header: 'User agent', share: 3.5 },
    ],
    rows.events,
    { empty: 'No events recorded.' },
  );

  drawFooters(doc, fonts, input.packageName);

  return doc.save();
}

function tableRows(input: CertificateOfCompletionInput) {
  return {
    documents: input.documents.map((document) => [
      document.name,
      String(document.pageCount),
      `Original: ${document.originalSha256}\nFinal: ${document.finalSha256 ?? 'not signed yet'}`,
    ]),
    signers: [...input.signers]
      .sort((a, b) => a.order - b.order)
      .map((signer) => [String(signer.order), signer.name, signer.email]),
    events: input.events.map((event) => [
      formatUtc(event.occurredAt),
      event.action,
      event.actor,
      event.ipAddress ?? NONE,
      event.userAgent ?? NONE,
    ]),
  };
}

function drawTitleBlock(flow: PageFlow, input: CertificateOfCompletionInput): void {
  const { regular, bold } = flow.fonts;
  const status = input.completedAt
    ? `Completed ${formatUtc(input.completedAt)}`
    : 'Not completed yet';

  drawParagraph(flow, input.organizationName, {
    chain: regular,
    size: 10,
    leading: 16,
    color: MUTED,
  });
  drawParagraph(flow, TITLE, { chain: bold, size: 20, leading: 26 });
  drawParagraph(flow, input.packageName, { chain: regular, size: 13, leading: 18 });
  drawParagraph(flow, `Package ID: ${input.packageId}`, {
    chain: regular,
    size: 9,
    leading: 13,
    color: MUTED,
    gapBefore: 6,
  });
  drawParagraph(flow, `Status: ${status}`, { chain: regular, size: 9, leading: 13, color: MUTED });
  drawParagraph(flow, 'All times on this certificate are in UTC.', {
    chain: regular,
    size: 9,
    leading: 13,
    color: MUTED,
  });
}

/** "Certificate of completion · package" on the left and "Page N of M" on the right. */
function drawFooters(doc: PDFDocument, fonts: FontSet, packageName: string): void {
  const pages = doc.getPages();
  const size = 8;

  pages.forEach((page, index) => {
    const label = `Page ${index + 1} of ${pages.length}`;
    const labelWidth = widthOfText(label, fonts.regular, size);
    const right = page.getWidth() - MARGIN;
    const y = MARGIN + FOOTER_SPACE / 2 - size;
    const name = shorten(`${TITLE} \u00b7 ${packageName}`, fonts, size, right - labelWidth - 24);

    drawTextLine(page, name, fonts.regular, { x: MARGIN, y, size, color: MUTED });
    drawTextLine(page, label, fonts.regular, { x: right - labelWidth, y, size, color: INK });
  });
}

/** Shortens text with an ellipsis until it fits, so a long name cannot run into the number. */
function shorten(text: string, fonts: FontSet, size: number, maxWidth: number): string {
  if (widthOfText(text, fonts.regular, size) <= maxWidth) return text;

  const characters = [...text];
  while (
    characters.length > 0 &&
    widthOfText(`${characters.join('')}\u2026`, fonts.regular, size) > maxWidth
  ) {
    characters.pop();
  }

  return `${characters.join('').trimEnd()}\u2026`;
}
