import type { Color, PDFFont, PDFPage } from 'pdf-lib';

import type { FontChain } from './embed-font-set';

/** A piece of a line drawn in one font, in logical order; `fontkit` reverses RTL glyphs. */
export interface TextRun {
  text: string;
  font: PDFFont;
}

type Direction = 'ltr' | 'rtl';

const RTL_SCRIPTS = [
  'Arabic',
  'Hebrew',
  'Syriac',
  'Thaana',
  'Nko',
  'Samaritan',
  'Mandaic',
  'Adlam',
];
const RTL_LETTER = new RegExp(
  `[${RTL_SCRIPTS.map((name) => `\\p{Script=${name}}`).join('')}]`,
  'u',
);
const STRONG_LETTER = /[\p{L}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;
const JOINS_PREVIOUS = /[\p{M}\u200c\u200d]/u;

/**
 * Splits one line of text into runs in visual order, left to right, each in the first font of
 * the chain that has its characters. Direction follows a reduced form of the Unicode bidi
 * algorithm: the line takes the direction of its first strong letter, right-to-left letters
 * (Arabic, Hebrew and their neighbours) form right-to-left runs, and neutral characters between
 * two letters of one direction take it, others the line's. Digits stay left to right.
 *
 * TODO: no mirroring of brackets and no nested embedding levels; a name that mixes scripts in
 * a way these rules do not cover may show its pieces in another order than a browser would.
 */
export function toTextRuns(text: string, chain: FontChain): TextRun[] {
  const characters = [...text.normalize('NFC')];
  const directions = resolveDirections(characters);
  const lineDirection = firstStrongDirection(characters);
  const segments = splitBy(characters, (_, index) => directions[index] ?? lineDirection);

  const visual = segments.map((segment) => {
    const runs = splitByFont(segment.items, chain);
    if (segment.key === 'ltr') return runs;

    return runs.reverse().map((run) =>
      // fontkit reverses a run only when it holds right-to-left letters.
      RTL_LETTER.test(run.text) ? run : { ...run, text: [...run.text].reverse().join('') },
    );
  });

  return (lineDirection === 'rtl' ? visual.reverse() : visual).flat();
}

const unitWidths = new WeakMap<PDFFont, Map<string, number>>();

/** The width of text in one font at `size`, remembered per font: shaping is slow. */
export function widthInFont(font: PDFFont, text: string, size: number): number {
  let widths = unitWidths.get(font);
  if (!widths) {
    widths = new Map();
    unitWidths.set(font, widths);
  }

  let width = widths.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1);
    widths.set(text, width);
  }

  return width * size;
}

/** The width of runs drawn at `size`, in points. */
export function widthOfRuns(runs: readonly TextRun[], size: number): number {
  return runs.reduce((sum, run) => sum + widthInFont(run.font, run.text, size), 0);
}

/** The width of one line of text drawn with the chain at `size`, in points. */
export function widthOfText(text: string, chain: FontChain, size: number): number {
  return widthOfRuns(toTextRuns(text, chain), size);
}

/** Draws one line with its baseline starting at (x, y). Returns the width drawn. */
export function drawTextLine(
  page: PDFPage,
  text: string,
  chain: FontChain,
  options: { x: number; y: number; size: number; color: Color },
): number {
  let x = options.x;

  for (const run of toTextRuns(text, chain)) {
    page.drawText(run.text, { ...options, x, font: run.font });
    x += widthInFont(run.font, run.text, options.size);
  }

  return x - options.x;
}

/**
 * Breaks text into lines no wider than `maxWidth` at `size`, at spaces where it can and between
 * characters inside a word too long for a line (a hash, a user agent). Whitespace runs become
 * single spaces, and line breaks in the text are kept. A line's width is taken as the sum of
 * its words and spaces, each shaped once, which ignores kerning across a space.
 */
export function wrapText(text: string, chain: FontChain, size: number, maxWidth: number): string[] {
  const widths = new Map<string, number>();
  const widthOf = (piece: string) => {
    let width = widths.get(piece);
    if (width === undefined) {
      width = widthOfText(piece, chain, size);
      widths.set(piece, width);
    }

    return width;
  };
  const space = widthOf(' ');
  const lines: string[] = [];

  for (const paragraph of text.normalize('NFC').split('\n')) {
    let current = '';
    let currentWidth = 0;

    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = widthOf(word);
      if (current && currentWidth + space + wordWidth <= maxWidth) {
        current += ` ${word}`;
        currentWidth += space + wordWidth;
        continue;
      }

      if (current) lines.push(current);
      [current, currentWidth] = [word, wordWidth];
      if (wordWidth <= maxWidth) continue;

      [current, currentWidth] = ['', 0];
      for (const character of word) {
        const characterWidth = widthOf(character);
        if (current && currentWidth + characterWidth > maxWidth) {
          lines.push(current);
          [current, currentWidth] = ['', 0];
        }
        current += character;
        currentWidth += characterWidth;
      }
    }

    if (current) lines.push(current);
  }

  return lines;
}

function resolveDirections(characters: string[]): (Direction | undefined)[] {
  const strong = characters.map(strongDirection);
  const lineDirection = firstStrongDirection(characters);

  // Marks and joiners take the direction of the character they belong to.
  for (let index = 1; index < characters.length; index++) {
    if (JOINS_PREVIOUS.test(characters[index] ?? '')) strong[index] = strong[index - 1];
  }

  return strong.map((direction, index) => {
    if (direction) return direction;

    const before = strong.slice(0, index).findLast(Boolean) ?? lineDirection;
    const after = strong.slice(index + 1).find(Boolean) ?? lineDirection;

    return before === after ? before : lineDirection;
  });
}

function firstStrongDirection(characters: string[]): Direction {
  return characters.map(strongDirection).find(Boolean) ?? 'ltr';
}

function strongDirection(character: string): Direction | undefined {
  if (DIGIT.test(character)) return 'ltr';
  if (RTL_LETTER.test(character)) return 'rtl';

  return STRONG_LETTER.test(character) ? 'ltr' : undefined;
}

/**
 * Gives each character the first font of the chain that has it. Marks stay with the character
 * before them, and spaces and punctuation stay in the current font when it has them, so a
 * right-to-left word group is shaped as one run. A character no font has uses the first font.
 */
function splitByFont(characters: string[], chain: FontChain): TextRun[] {
  const first = chain[0];
  if (!first) throw new Error('A font chain needs at least one font.');

  let previous = first;
  const fonts = characters.map((character) => {
    const codePoint = character.codePointAt(0) ?? 0;
    const keepsPrevious =
      JOINS_PREVIOUS.test(character) ||
      (!STRONG_LETTER.test(character) && previous.characters.has(codePoint));

    if (!keepsPrevious) {
      previous = chain.find((candidate) => candidate.characters.has(codePoint)) ?? first;
    }

    return previous;
  });

  return splitBy(characters, (_, index) => fonts[index] ?? first).map((segment) => ({
    text: segment.items.join(''),
    font: segment.key.font,
  }));
}

function splitBy<T, K>(items: T[], keyOf: (item: T, index: number) => K) {
  const segments: { key: K; items: T[] }[] = [];

  items.forEach((item, index) => {
    const key = keyOf(item, index);
    const last = segments.at(-1);
    if (last && last.key === key) last.items.push(item);
    else segments.push({ key, items: [item] });
  });

  return segments;
}
