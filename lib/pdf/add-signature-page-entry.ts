import {
  PDFDict,
  PDFName,
  PDFNumber,
  PageSizes,
  degrees,
  rgb,
  type Color,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';

import { drawSignatureMark, type SignatureMark } from './draw-signature-mark';
import type { FontChain, FontSet } from './embed-font-set';
import { drawTextLine, wrapText } from './text-runs';

/**
 * Key this portal writes into the page dictionary of each signature page it adds:
 * `<< /Entries n /NextY y >>`, the number of signatures on the page and where the next one
 * starts. The next signer finds the page by this key and adds to it.
 */
export const SIGNATURE_PAGE_KEY = PDFName.of('SignerPortalSignaturePage');

/** One signature as the signature page lists it. */
export interface SignaturePageEntry {
  mark: SignatureMark;
  signerName: string;
  signerEmail: string;
  /** Already formatted, with its zone (see `formatUtc`). */
  signedAt: string;
  originalSha256: string;
  documentName: string;
}

interface Line {
  text: string;
  chain: FontChain;
  size: number;
  leading: number;
  color: Color;
}

const MARGIN = 56;
const SIGNATURE_HEIGHT = 52;
const SIGNATURE_WIDTH = 280;
const ENTRY_GAP = 22;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const RULE = rgb(0.75, 0.75, 0.78);
const NOTE =
  'Each entry is an electronic signature made in the signing portal: the signature as the ' +
  'signer adopted it, who signed, and when. Times are in UTC. This page is not a digital ' +
  '(cryptographic) signature. The SHA-256 fingerprint identifies the document as it was ' +
  'uploaded, before any signature was added.';

/** Every text `addSignaturePageEntry` may draw for this entry, for `embedFontSet`. */
export function signaturePageTexts(entry: Omit<SignaturePageEntry, 'mark'>): string[] {
  return [...Object.values(entry), 'Signature page (continued)', 'Document: ', NOTE, 'Signed '];
}

/**
 * Lists a signature on the document's signature page: the last page marked with
 * `SIGNATURE_PAGE_KEY`, or a new page added at the end when there is none or it is full. A new
 * page is unrotated, A4 when the document's last page is A4 and Letter otherwise.
 */
export function addSignaturePageEntry(
  doc: PDFDocument,
  fonts: FontSet,
  entry: SignaturePageEntry,
): void {
  const existing = findSignaturePage(doc);
  const [width, height] = existing
    ? [existing.page.getWidth(), existing.page.getHeight()]
    : newPageSize(doc);
  const lines = entryLines(entry, fonts, width - 2 * MARGIN);
  const entryHeight =
    SIGNATURE_HEIGHT + 10 + lines.reduce((sum, line) => sum + line.leading, 0) + ENTRY_GAP;

  let target = existing;
  if (!target || target.nextY - entryHeight < MARGIN) {
    const page = doc.addPage([width, height]);
    page.setRotation(degrees(0));
    page.setCropBox(0, 0, width, height);
    target = { page, entries: 0, nextY: drawHeader(page, fonts, entry, Boolean(existing)) };
  }

  let y = target.nextY;
  const { page } = target;
  drawSignatureMark(page, entry.mark, fonts.handwriting, {
    x: MARGIN,
    y: y - SIGNATURE_HEIGHT,
    width: Math.min(SIGNATURE_WIDTH, width - 2 * MARGIN),
    height: SIGNATURE_HEIGHT,
  });
  y -= SIGNATURE_HEIGHT + 3;
  drawRule(page, y, MARGIN + Math.min(SIGNATURE_WIDTH, width - 2 * MARGIN), MUTED);
  y -= 7;

  y = drawLines(page, lines, y) - ENTRY_GAP / 2;
  drawRule(page, y, width - MARGIN, RULE);
  y -= ENTRY_GAP / 2;

  page.node.set(
    SIGNATURE_PAGE_KEY,
    doc.context.obj({ Entries: target.entries + 1, NextY: Math.round(y * 100) / 100 }),
  );
}

function findSignaturePage(
  doc: PDFDocument,
): { page: PDFPage; entries: number; nextY: number } | undefined {
  const page = doc.getPages().findLast((candidate) => candidate.node.has(SIGNATURE_PAGE_KEY));
  const marker = page?.node.lookup(SIGNATURE_PAGE_KEY);
  if (!page || !(marker instanceof PDFDict)) return undefined;

  const entries = marker.lookup(PDFName.of('Entries'));
  const nextY = marker.lookup(PDFName.of('NextY'));

  return {
    page,
    entries: entries instanceof PDFNumber ? entries.asNumber() : 0,
    // A page whose marker lost its position is treated as full.
    nextY: nextY instanceof PDFNumber ? nextY.asNumber() : 0,
  };
}

function newPageSize(doc: PDFDocument): [number, number] {
  const last = doc.getPages().at(-1);
  const isA4 = (side: number) => Math.abs(side - PageSizes.A4[0]) < 2;
  const looksA4 = last ? isA4(last.getWidth()) || isA4(last.getHeight()) : false;
  const [width, height] = looksA4 ? PageSizes.A4 : PageSizes.Letter;

  return [width, height];
}

/** Draws the title, the document's name and the note; returns where the first entry starts. */
function drawHeader(
  page: PDFPage,
  fonts: FontSet,
  entry: SignaturePageEntry,
  continued: boolean,
): number {
  const width = page.getWidth() - 2 * MARGIN;
  const title = continued ? 'Signature page (continued)' : 'Signature page';
  const lines: Line[] = [
    { text: title, chain: fonts.bold, size: 16, leading: 24, color: INK },
    ...wrapped(`Document: ${entry.documentName}`, fonts.regular, 10.5, 14, INK, width),
    ...wrapped(NOTE, fonts.regular, 8.5, 11.5, MUTED, width),
  ];

  const y = drawLines(page, lines, page.getHeight() - MARGIN) - 8;
  drawRule(page, y, page.getWidth() - MARGIN, RULE);

  return y - 16;
}

function entryLines(entry: SignaturePageEntry, fonts: FontSet, width: number): Line[] {
  return [
    ...wrapped(entry.signerName, fonts.bold, 11, 15, INK, width),
    ...wrapped(entry.signerEmail, fonts.regular, 9.5, 13, INK, width),
    ...wrapped(`Signed ${entry.signedAt}`, fonts.regular, 9.5, 13, INK, width),
    ...wrapped(
      `Original document SHA-256: ${entry.originalSha256}`,
      fonts.regular,
      7.5,
      11,
      MUTED,
      width,
    ),
  ];
}

function wrapped(
  text: string,
  chain: FontChain,
  size: number,
  leading: number,
  color: Color,
  width: number,
): Line[] {
  return wrapText(text, chain, size, width).map((line) => ({
    text: line,
    chain,
    size,
    leading,
    color,
  }));
}

/** Draws lines downwards from `top`; returns the y below the last one. */
function drawLines(page: PDFPage, lines: Line[], top: number): number {
  let y = top;

  for (const { text, chain, size, leading, color } of lines) {
    drawTextLine(page, text, chain, { x: MARGIN, y: y - size, size, color });
    y -= leading;
  }

  return y;
}

function drawRule(page: PDFPage, y: number, right: number, color: Color): void {
  page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.5, color });
}
