import {
  PDFHexString,
  PDFName,
  PDFNumber,
  concatTransformationMatrix,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';

import { drawSignatureMark, type SignatureMark } from './draw-signature-mark';
import type { FontSet } from './embed-font-set';
import {
  STAMPED_FIELD_KEY,
  type PageRect,
  type PlacedSignatureField,
} from './find-signature-field';
import { drawTextLine, widthOfText } from './text-runs';

export interface FieldStamp {
  mark: SignatureMark;
  fonts: FontSet;
  /** A short line under the signature when the field is tall enough: who signed and when. */
  caption: string;
  signerId: string;
  /** ISO instant, recorded in the field's stamp. */
  signedAt: string;
}

type Matrix = [number, number, number, number, number, number];

const READ_ONLY = 1;
const MIN_CAPTION_FIELD_HEIGHT = 30;
const MAX_CAPTION_SIZE = 7;
const MIN_CAPTION_SIZE = 4;
const CAPTION_COLOR = rgb(0.3, 0.3, 0.35);

/**
 * Draws a signature into a signature field's widget rectangle, as content of the widget's page,
 * upright and in place as a viewer shows the page (it honours the page's `/Rotate`, inherited
 * or not). Then closes the field so it is not used again: the field gets `STAMPED_FIELD_KEY`
 * and the read-only flag, and the widget an empty appearance, so a viewer's own field drawing
 * cannot cover the signature. No signature value (`/V`) is written: this is an electronic
 * signature, not a digital one.
 */
export function stampSignatureField(
  doc: PDFDocument,
  field: PlacedSignatureField,
  stamp: FieldStamp,
): void {
  const { page, rect, widget } = field.placement;
  const frame = uprightFrame(rect, normalizedRotation(page));

  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...frame.matrix));
  drawInFrame(page, frame, stamp);
  page.pushOperators(popGraphicsState());

  field.field.set(
    STAMPED_FIELD_KEY,
    doc.context.obj({
      SignerId: PDFHexString.fromText(stamp.signerId),
      SignedAt: PDFHexString.fromText(stamp.signedAt),
    }),
  );
  field.field.set(PDFName.of('Ff'), PDFNumber.of(field.flags | READ_ONLY));

  const empty = doc.context.formXObject([], { BBox: [0, 0, rect.width, rect.height] });
  widget.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(empty) }));
}

function drawInFrame(
  page: PDFPage,
  frame: { width: number; height: number },
  { mark, fonts, caption }: FieldStamp,
): void {
  const inset = Math.min(2, frame.height * 0.08);
  const width = frame.width - 2 * inset;
  let bottom = inset;

  if (frame.height >= MIN_CAPTION_FIELD_HEIGHT) {
    const fitting = width / Math.max(widthOfText(caption, fonts.regular, 1), 0.01);
    const size = Math.min(MAX_CAPTION_SIZE, frame.height * 0.18, fitting);

    if (size >= MIN_CAPTION_SIZE) {
      drawTextLine(page, caption, fonts.regular, {
        x: inset,
        y: bottom + size * 0.25,
        size,
        color: CAPTION_COLOR,
      });
      bottom += size * 1.3;
    }
  }

  drawSignatureMark(page, mark, fonts.handwriting, {
    x: inset,
    y: bottom,
    width,
    height: frame.height - bottom - inset,
  });
}

/**
 * The frame in which the field's rectangle is upright as a viewer shows the page: its matrix
 * maps (0, 0) to the rectangle's corner that appears lower left, its x axis to the direction
 * that appears rightwards and its y axis to upwards. A viewer turns the page clockwise by
 * `/Rotate`, so on a page turned 90° "right" is user space's +y and "up" is -x.
 */
function uprightFrame(
  rect: PageRect,
  rotation: number,
): { matrix: Matrix; width: number; height: number } {
  const right = rect.x + rect.width;
  const top = rect.y + rect.height;

  switch (rotation) {
    case 90:
      return { matrix: [0, 1, -1, 0, right, rect.y], width: rect.height, height: rect.width };
    case 180:
      return { matrix: [-1, 0, 0, -1, right, top], width: rect.width, height: rect.height };
    case 270:
      return { matrix: [0, -1, 1, 0, rect.x, top], width: rect.height, height: rect.width };
    default:
      return { matrix: [1, 0, 0, 1, rect.x, rect.y], width: rect.width, height: rect.height };
  }
}

/** `/Rotate` as 0, 90, 180 or 270: 360 and -90 are legal, and viewers ignore other values. */
function normalizedRotation(page: PDFPage): number {
  const angle = page.getRotation().angle;

  return angle % 90 === 0 ? ((angle % 360) + 360) % 360 : 0;
}
