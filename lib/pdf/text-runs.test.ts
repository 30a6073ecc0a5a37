import { PDFDocument } from 'pdf-lib';

import { embedFontSet, type FontSet } from './embed-font-set';
import { toTextRuns, wrapText, widthOfText } from './text-runs';

jest.setTimeout(30_000);

const SAMPLES = ['Jane', '山田 太郎', 'محمد عبد الله', 'דוד', 'Nguyễn', 'Αλέξ', 'Анна', '한'];

let fonts: FontSet;
beforeAll(async () => {
  fonts = await embedFontSet(await PDFDocument.create(), SAMPLES);
});

const describeRuns = (text: string) =>
  toTextRuns(text, fonts.handwriting).map((run) => `${run.font.name.split('-')[0]}:${run.text}`);

describe('toTextRuns', () => {
  test('one script in one font is one run', () => {
    expect(describeRuns('Nguyễn Thị Αλέξ Анна')).toEqual(['PlaypenSans:Nguyễn Thị Αλέξ Анна']);
    expect(describeRuns('山田 太郎')).toEqual(['ZenKurenaido:山田 太郎']);
  });

  test('a right-to-left name keeps its spaces inside one run, in logical order', () => {
    expect(describeRuns('محمد عبد الله')).toEqual(['Cairo:محمد عبد الله']);
  });

  test('runs come in visual order: right-to-left words are placed right to left', () => {
    expect(describeRuns('Dr. محمد عبد الله')).toEqual(['PlaypenSans:Dr. ', 'Cairo:محمد عبد الله']);
    // A run's text stays in logical order: fontkit lays the Arabic one out right to left.
    expect(describeRuns('محمد Jane דוד')).toEqual([
      'NotoSansHebrew:דוד',
      'PlaypenSans: ',
      'PlaypenSans:Jane',
      'Cairo:محمد ',
    ]);
  });

  test('decomposed accents are composed, and a character no font has uses the first font', () => {
    expect(describeRuns('Zoe\u0308')).toEqual(['PlaypenSans:Zoë']);
    expect(describeRuns('한')).toEqual(['PlaypenSans:한']);
  });
});

describe('wrapText', () => {
  test('keeps every character, breaks long words, and no line is wider than asked', () => {
    const hash = 'a3f1c9e07b5d2c4e8f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6';
    const text = `Original: ${hash} signed by 山田 太郎 and محمد عبد الله`;
    const lines = wrapText(text, fonts.regular, 9, 120);

    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of lines) {
      expect(widthOfText(line, fonts.regular, 9)).toBeLessThanOrEqual(120.5);
    }
  });

  test('keeps line breaks and drops empty input', () => {
    expect(wrapText('Original: a\nFinal: b', fonts.regular, 9, 300)).toEqual([
      'Original: a',
      'Final: b',
    ]);
    expect(wrapText('  ', fonts.regular, 9, 300)).toEqual([]);
  });
});
