import { rgb, type Color, type PDFDocument, type PDFPage } from 'pdf-lib';

import type { FontChain, FontSet } from './embed-font-set';
import { drawTextLine, wrapText } from './text-runs';

/** Where the next thing goes: a page, and the top of the free space on it. */
export interface PageFlow {
  readonly doc: PDFDocument;
  readonly fonts: FontSet;
  readonly page: PDFPage;
  readonly margin: number;
  readonly width: number;
  y: number;
  /** Starts a new page when `height` does not fit below `y`; returns whether it did. */
  ensureSpace(height: number): boolean;
}

export interface TableColumn {
  header: string;
  /** Share of the table's width; the shares of a table need not add up to 1. */
  share: number;
}

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.38, 0.42);
const RULE = rgb(0.8, 0.8, 0.83);
const HEADER_FILL = rgb(0.93, 0.94, 0.96);
const CELL_SIZE = 8.5;
const LEADING_RATIO = 1.3;
const CELL_PADDING = 4;
/** Space the footer needs below the bottom margin's line. */
export const FOOTER_SPACE = 24;

/** A flow of pages of one size, each started when the one before is full. */
export function createPageFlow(
  doc: PDFDocument,
  fonts: FontSet,
  size: [number, number],
  margin: number,
): PageFlow {
  const [pageWidth, pageHeight] = size;
  let page = doc.addPage(size);

  return {
    doc,
    fonts,
    margin,
    width: pageWidth - 2 * margin,
    y: pageHeight - margin,
    get page() {
      return page;
    },
    ensureSpace(height: number) {
      if (this.y - height >= margin + FOOTER_SPACE) return false;

      page = doc.addPage(size);
      this.y = pageHeight - margin;

      return true;
    },
  };
}

/**
 * Draws lines of wrapped text at the flow's left margin, moving to a new page as needed.
 * `gapBefore` is left out at the top of a page.
 */
export function drawParagraph(
  flow: PageFlow,
  text: string,
  style: { chain: FontChain; size: number; leading: number; color?: Color; gapBefore?: number },
): void {
  const lines = wrapText(text, style.chain, style.size, flow.width);
  const gap = style.gapBefore ?? 0;

  lines.forEach((line, index) => {
    const fresh = flow.ensureSpace((index === 0 ? gap : 0) + style.leading);
    if (index === 0 && !fresh) flow.y -= gap;

    drawTextLine(flow.page, line, style.chain, {
      x: flow.margin,
      y: flow.y - style.size,
      size: style.size,
      color: style.color ?? INK,
    });
    flow.y -= style.leading;
  });
}

/**
 * Draws a titled table whose cells wrap, long words included (hashes, user agents). A row never
 * splits across pages; the header row repeats at the top of each page, and the title is kept
 * with the header and first row. `empty` is shown in place of the rows when there are none;
 * `size` is the cells' font size.
 */
export function drawTable(
  flow: PageFlow,
  title: string,
  columns: TableColumn[],
  rows: string[][],
  { empty, size = CELL_SIZE }: { empty: string; size?: number },
): void {
  const { regular, bold } = flow.fonts;
  const style = { size, leading: size * LEADING_RATIO };
  const totalShare = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => (flow.width * column.share) / totalShare);
  const layOut = (cells: string[], chain: FontChain) => {
    const lines = cells.map((cell, index) =>
      wrapText(cell, chain, size, (widths[index] ?? 0) - 2 * CELL_PADDING),
    );
    const height = Math.max(1, ...lines.map((cell) => cell.length)) * style.leading;

    return { lines, height: height + 2 * CELL_PADDING, ...style };
  };
  const header = layOut(
    columns.map((column) => column.header),
    bold,
  );
  const body = rows.map((cells) => layOut(cells, regular));
  const firstRowHeight = body[0]?.height ?? style.leading;

  flow.ensureSpace(18 + 22 + header.height + firstRowHeight);
  flow.y -= 18;
  drawTextLine(flow.page, title, bold, { x: flow.margin, y: flow.y - 12, size: 12, color: INK });
  flow.y -= 22;
  drawRow(flow, header, widths, bold, HEADER_FILL);

  if (body.length === 0) {
    drawParagraph(flow, empty, { chain: regular, size, leading: 14, color: MUTED });
  }

  for (const row of body) {
    if (flow.ensureSpace(row.height)) drawRow(flow, header, widths, bold, HEADER_FILL);
    drawRow(flow, row, widths, regular);
  }
}

function drawRow(
  flow: PageFlow,
  row: { lines: string[][]; height: number; size: number; leading: number },
  widths: number[],
  chain: FontChain,
  fill?: Color,
): void {
  const { page, margin } = flow;
  const top = flow.y;

  if (fill) {
    page.drawRectangle({
      x: margin,
      y: top - row.height,
      width: flow.width,
      height: row.height,
      color: fill,
    });
  }

  let x = margin;
  row.lines.forEach((cell, index) => {
    cell.forEach((line, lineIndex) => {
      drawTextLine(page, line, chain, {
        x: x + CELL_PADDING,
        y: top - CELL_PADDING - lineIndex * row.leading - row.size,
        size: row.size,
        color: INK,
      });
    });
    x += widths[index] ?? 0;
  });

  page.drawLine({
    start: { x: margin, y: top - row.height },
    end: { x: margin + flow.width, y: top - row.height },
    thickness: 0.5,
    color: RULE,
  });
  flow.y = top - row.height;
}
