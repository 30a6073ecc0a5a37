import { rgb, type PDFImage, type PDFPage } from 'pdf-lib';

import type { FontChain } from './embed-font-set';
import { drawTextLine, widthOfText } from './text-runs';

/** The signature itself, ready to draw: typed text, or the signer's drawing embedded as PNG. */
export type SignatureMark = { kind: 'typed'; text: string } | { kind: 'drawn'; image: PDFImage };

/** A box in the coordinates in force on the page when drawing: x and y are its lower left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const SIGNATURE_INK = rgb(0.05, 0.13, 0.4);

/** Typed text fills at most this share of the box height, leaving room for descenders. */
const TYPED_HEIGHT_SHARE = 0.72;

/**
 * Draws the signature as large as fits in the box, keeping its proportions: typed text in the
 * handwriting chain on one line, a drawing scaled to fit. It starts at the box's left edge and
 * is centred vertically.
 */
export function drawSignatureMark(
  page: PDFPage,
  mark: SignatureMark,
  handwriting: FontChain,
  box: Box,
): void {
  if (mark.kind === 'drawn') {
    const scale = Math.min(box.width / mark.image.width, box.height / mark.image.height);
    const height = mark.image.height * scale;

    page.drawImage(mark.image, {
      x: box.x,
      y: box.y + (box.height - height) / 2,
      width: mark.image.width * scale,
      height,
    });
    return;
  }

  const widthAtOne = widthOfText(mark.text, handwriting, 1);
  const size = Math.min(box.height * TYPED_HEIGHT_SHARE, box.width / Math.max(widthAtOne, 0.01));
  // Put the middle of a typical letter (half the x-height, about a quarter of the size) on the
  // box's middle line, which leaves room below for descenders.
  const baseline = box.y + box.height / 2 - size * 0.25;

  drawTextLine(page, mark.text, handwriting, { x: box.x, y: baseline, size, color: SIGNATURE_INK });
}
