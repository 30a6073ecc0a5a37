import { PageSizes, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** One titled part of a demo document: a heading and the paragraphs under it. */
export interface DemoDocumentSection {
  heading: string;
  paragraphs: string[];
}

export interface CreateDemoDocumentOptions {
  /** Shown large on page 1 and stored as the PDF's title. */
  title: string;
  /** Shown above the title, in every footer, and stored as the PDF's author. */
  organizationName: string;
  sections: DemoDocumentSection[];
  /** Letter unless told otherwise. */
  pageSize?: 'letter' | 'a4';
}

interface LineStyle {
  font: PDFFont;
  size: number;
  leading: number;
}

interface TextLine {
  text: string;
  style: LineStyle;
  spaceBefore: number;
  /** How many following lines must share this line's page, so a heading never ends a page. */
  keepWithNext: number;
}

const PAGE_SIZES = { letter: PageSizes.Letter, a4: PageSizes.A4 } as const;
const MARGIN = 72;
const FOOTER_BASELINE = 40;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/** Characters outside WinAnsi that have a close plain equivalent but no Unicode decomposition. */
const REPLACEMENTS: Record<string, string> = {
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2610': '[ ]',
};

/**
 * Creates a readable multi-page PDF with real text: the organization's name and the title on
 * page 1, then each section's heading and wrapped paragraphs, and "Page N of M" in every footer.
 * Text the standard Helvetica fonts cannot encode is replaced or dropped, so this never throws
 * on unusual characters. The same options always give the same bytes.
 */
export async function createDemoDocument(options: CreateDemoDocumentOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight] = PAGE_SIZES[options.pageSize ?? 'letter'];
  const textWidth = pageWidth - 2 * MARGIN;

  const title = toEncodableText(options.title, bold);
  const organizationName = toEncodableText(options.organizationName, regular);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(organizationName);
  doc.setCreator('Signer portal demo data');
  doc.setLanguage('en-US');

  const firstPage = doc.addPage([pageWidth, pageHeight]);
  const top = drawTitleBlock(firstPage, title, organizationName, { regular, bold });
  const lines = layOutSections(options.sections, { regular, bold }, textWidth);
  flowLines(doc, firstPage, top, lines);

  drawFooters(doc.getPages(), organizationName, regular, pageWidth);

  return doc.save();
}

/**
 * Splits text into lines no wider than `maxWidth` at the given font size, breaking at spaces.
 * A word wider than a whole line is broken between characters. The text must already be
 * encodable by the font (see `toEncodableText`).
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(' ').filter((word) => word.length > 0);
  const lines: string[] = [];
  let current = '';

  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;

    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      current = candidate;
      continue;
    }

    if (current) lines.push(current);
    current = '';

    for (const character of word) {
      const longer = current + character;
      if (current && font.widthOfTextAtSize(longer, size) > maxWidth) {
        lines.push(current);
        current = character;
      } else {
        current = longer;
      }
    }
  }

  if (current) lines.push(current);

  return lines;
}

/**
 * Returns text the font can encode: whitespace becomes single spaces, characters with a plain
 * equivalent are replaced (a minus sign becomes a hyphen, an accented letter outside the font's
 * set loses its accent), and anything else is dropped.
 */
export function toEncodableText(text: string, font: PDFFont): string {
  const encodable = characterSetOf(font);
  const canEncode = (value: string) =>
    [...value].every((character) => encodable.has(character.codePointAt(0) ?? -1));
  let result = '';

  for (const character of text.replace(/\s+/g, ' ')) {
    if (canEncode(character)) {
      result += character;
      continue;
    }

    const replacement = REPLACEMENTS[character];
    if (replacement !== undefined && canEncode(replacement)) {
      result += replacement;
      continue;
    }

    result += [...character.normalize('NFKD')].filter((part) => canEncode(part)).join('');
  }

  return result.trim();
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSetOf(font: PDFFont): Set<number> {
  let set = characterSets.get(font);

  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }

  return set;
}

function layOutSections(
  sections: DemoDocumentSection[],
  fonts: { regular: PDFFont; bold: PDFFont },
  width: number,
): TextLine[] {
  const heading: LineStyle = { font: fonts.bold, size: 12.5, leading: 18 };
  const body: LineStyle = { font: fonts.regular, size: 11, leading: 15 };
  const lines: TextLine[] = [];

  for (const section of sections) {
    wrapText(
      toEncodableText(section.heading, fonts.bold),
      heading.font,
      heading.size,
      width,
    ).forEach((text, index) =>
      lines.push({ text, style: heading, spaceBefore: index === 0 ? 14 : 0, keepWithNext: 2 }),
    );

    for (const paragraph of section.paragraphs) {
      const text = toEncodableText(paragraph, fonts.regular);
      wrapText(text, body.font, body.size, width).forEach((line, index) =>
        lines.push({ text: line, style: body, spaceBefore: index === 0 ? 7 : 0, keepWithNext: 0 }),
      );
    }
  }

  return lines;
}

/** Draws the organization's name, the title and a rule; returns where the body text starts. */
function drawTitleBlock(
  page: PDFPage,
  title: string,
  organizationName: string,
  fonts: { regular: PDFFont; bold: PDFFont },
): number {
  const { width, height } = page.getSize();
  const textWidth = width - 2 * MARGIN;
  let y = height - MARGIN;

  page.drawText(fitToWidth(organizationName, fonts.regular, 10, textWidth), {
    x: MARGIN,
    y: y - 10,
    size: 10,
    font: fonts.regular,
    color: MUTED,
  });
  y -= 30;

  for (const line of wrapText(title, fonts.bold, 20, textWidth)) {
    page.drawText(line, { x: MARGIN, y: y - 20, size: 20, font: fonts.bold, color: INK });
    y -= 26;
  }

  y -= 8;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: width - MARGIN, y },
    thickness: 0.75,
    color: MUTED,
  });

  return y - 12;
}

/** Draws the lines from `top` down, adding pages of the same size as the text needs them. */
function flowLines(doc: PDFDocument, firstPage: PDFPage, top: number, lines: TextLine[]) {
  const { width, height } = firstPage.getSize();
  let page = firstPage;
  let y = top;
  let pageIsFresh = false;

  lines.forEach((line, index) => {
    const following = lines.slice(index + 1, index + 1 + line.keepWithNext);
    const needed = [line, ...following].reduce(
      (sum, next) => sum + next.spaceBefore + next.style.leading,
      0,
    );

    if (y - needed < MARGIN && !pageIsFresh) {
      page = doc.addPage([width, height]);
      y = height - MARGIN;
      pageIsFresh = true;
    }

    // Space before a line is dropped at the top of a page, so every page starts at its margin.
    y -= pageIsFresh ? 0 : line.spaceBefore;
    const { font, size, leading } = line.style;
    page.drawText(line.text, { x: MARGIN, y: y - size, size, font, color: INK });
    y -= leading;
    pageIsFresh = false;
  });
}

function drawFooters(pages: PDFPage[], organizationName: string, font: PDFFont, width: number) {
  const size = 9;

  pages.forEach((page, index) => {
    const label = `Page ${index + 1} of ${pages.length}`;
    const labelWidth = font.widthOfTextAtSize(label, size);
    const nameWidth = width - 2 * MARGIN - labelWidth - 24;
    const name = fitToWidth(organizationName, font, size, nameWidth);

    page.drawText(name, { x: MARGIN, y: FOOTER_BASELINE, size, font, color: MUTED });
    page.drawText(label, {
      x: width - MARGIN - labelWidth,
      y: FOOTER_BASELINE,
      size,
      font,
      color: MUTED,
    });
  });
}

/** Shortens text with an ellipsis until it fits, so a long name cannot run into the footer. */
function fitToWidth(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;

  let shortened = text;
  while (shortened && font.widthOfTextAtSize(`${shortened}\u2026`, size) > maxWidth) {
    shortened = shortened.slice(0, -1);
  }

  return `${shortened.trimEnd()}\u2026`;
}
