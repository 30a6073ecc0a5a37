import { readFileSync } from 'node:fs';
import path from 'node:path';

import * as fontkit from '@pdf-lib/fontkit';
import type { EmbedFontOptions, PDFDocument, PDFFont } from 'pdf-lib';

import { padTrueTypeGlyphs } from './pad-truetype-glyphs';

/** One font of a chain, with the code points it has glyphs for. */
export interface ChainFont {
  font: PDFFont;
  characters: ReadonlySet<number>;
}

/** Fonts tried in order for each character: the first that has a glyph for it draws it. */
export type FontChain = readonly ChainFont[];

export type FontRole = 'regular' | 'bold' | 'handwriting';

export type FontSet = Record<FontRole, FontChain>;

type FaceName = keyof typeof FACES;
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type Glyph = ReturnType<Font['layout']>['glyphs'][number];

/**
 * Every face is a static TTF from an @expo-google-fonts package (SIL Open Font License).
 * Playpen Sans is a handwriting face with Latin, Vietnamese, Greek and Cyrillic; Inter does the
 * same scripts for plain text; Zen Kurenaido, a soft brush face, covers Japanese kana and kanji;
 * Cairo covers Arabic and Noto Sans Hebrew covers Hebrew.
 *
 * Some OpenType features are turned off. pdf-lib places glyphs by their advance widths alone,
 * so the positioning features (`kern`, `mark`, `mkmk`) would change nothing but cost time.
 * `ccmp` is off where the text is NFC-normalised Latin, Greek, Cyrillic or kana and kanji: it
 * would split a precomposed letter such as "ễ" into a base and a mark, and as the mark loses its
 * positioning and maps to no character, PDF.js would read it back as a control character.
 * Inter's `calt` only fine-tunes punctuation, and laying out text with it is ten times slower.
 */
const NO_POSITIONING = { kern: false, mark: false, mkmk: false } as const;
const PRECOMPOSED = { ...NO_POSITIONING, ccmp: false } as const;
const PLAIN = { ...PRECOMPOSED, calt: false } as const;

const FACES = {
  playpenSans: {
    file: 'playpen-sans/400Regular/PlaypenSans_400Regular.ttf',
    features: PRECOMPOSED,
  },
  inter: { file: 'inter/400Regular/Inter_400Regular.ttf', features: PLAIN },
  interBold: { file: 'inter/700Bold/Inter_700Bold.ttf', features: PLAIN },
  zenKurenaido: {
    file: 'zen-kurenaido/400Regular/ZenKurenaido_400Regular.ttf',
    features: PRECOMPOSED,
  },
  cairo: { file: 'cairo/400Regular/Cairo_400Regular.ttf', features: NO_POSITIONING },
  cairoBold: { file: 'cairo/700Bold/Cairo_700Bold.ttf', features: NO_POSITIONING },
  notoSansHebrew: {
    file: 'noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    features: NO_POSITIONING,
  },
  notoSansHebrewBold: {
    file: 'noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
    features: NO_POSITIONING,
  },
} as const satisfies Record<string, { file: string; features: EmbedFontOptions['features'] }>;

const CHAINS: Record<FontRole, readonly FaceName[]> = {
  handwriting: ['playpenSans', 'zenKurenaido', 'cairo', 'notoSansHebrew'],
  regular: ['inter', 'zenKurenaido', 'cairo', 'notoSansHebrew'],
  bold: ['interBold', 'zenKurenaido', 'cairoBold', 'notoSansHebrewBold'],
};

// Read from disk like PDF.js's standard fonts (see open-pdfjs-document.ts), not bundled.
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts');

interface LoadedFace {
  bytes: Uint8Array;
  characters: ReadonlySet<number>;
}

const loadedFaces = new Map<FaceName, LoadedFace>();
const parsedFonts = new WeakMap<Uint8Array, Font>();
const visualOrderGlyphs = new WeakSet<Glyph>();

/**
 * fontkit as pdf-lib calls it, with two changes. A font's bytes are parsed once per process
 * rather than once per document: fontkit reads a font's layout tables lazily on its first
 * layout, which costs half a second for Playpen Sans. And a ligature in right-to-left text,
 * such as Arabic lam-alef, maps to its characters in visual order in the PDF's ToUnicode map,
 * because PDF.js and poppler read right-to-left text back by reversing the characters of the
 * whole line; in logical order "لا" would come back as "ال".
 */
const sharedFontkit: Fontkit = {
  create(buffer) {
    let font = parsedFonts.get(buffer);

    if (!font) {
      font = fontkit.create(buffer);
      const layout = font.layout.bind(font);
      font.layout = (...args) => {
        const run = layout(...args);
        if (run.direction === 'rtl') run.glyphs.forEach(toVisualOrder);

        return run;
      };
      parsedFonts.set(buffer, font);
    }

    return font;
  },
};

/**
 * Embeds the fonts for every role into `doc`, as subsets holding only the glyphs drawn.
 * `texts` must hold every text the caller will draw: the first face of each chain is always
 * embedded, a fallback face only when one of those texts has a character that it alone covers.
 *
 * TODO: Korean, Thai, Devanagari and other scripts, and Chinese characters outside Japanese
 * use, have no face here (the CJK fonts that cover them are 10 to 20 MB each); such characters
 * are drawn as the first face's empty-box glyph.
 */
export async function embedFontSet(doc: PDFDocument, texts: readonly string[]): Promise<FontSet> {
  doc.registerFontkit(sharedFontkit);
  const codePoints = new Set([...texts.join('').normalize('NFC')].map(toCodePoint));
  const embedded = new Map<FaceName, Promise<ChainFont>>();

  const embed = (name: FaceName): Promise<ChainFont> => {
    let font = embedded.get(name);

    if (!font) {
      const face = loadFace(name);
      font = doc
        .embedFont(face.bytes, { subset: true, features: { ...FACES[name].features } })
        .then((pdfFont) => ({ font: pdfFont, characters: face.characters }));
      embedded.set(name, font);
    }

    return font;
  };

  const chainFor = async (role: FontRole): Promise<FontChain> => {
    const [primary, ...fallbacks] = CHAINS[role];
    const needed: FaceName[] = primary ? [primary] : [];
    const uncovered = new Set(codePoints);

    for (const name of [primary, ...fallbacks]) {
      if (!name) continue;

      const { characters } = loadFace(name);
      const covers = [...uncovered].filter((codePoint) => characters.has(codePoint));
      if (covers.length > 0 && !needed.includes(name)) needed.push(name);
      covers.forEach((codePoint) => uncovered.delete(codePoint));
    }

    return Promise.all(needed.map(embed));
  };

  const [regular, bold, handwriting] = await Promise.all([
    chainFor('regular'),
    chainFor('bold'),
    chainFor('handwriting'),
  ]);

  return { regular, bold, handwriting };
}

function loadFace(name: FaceName): LoadedFace {
  let face = loadedFaces.get(name);

  if (!face) {
    const file = readFileSync(path.join(FONT_DIR, FACES[name].file));
    const bytes = padTrueTypeGlyphs(new Uint8Array(file));
    face = { bytes, characters: new Set(sharedFontkit.create(bytes).characterSet) };
    loadedFaces.set(name, face);
  }

  return face;
}

/** Glyph objects are shared by every layout of a font, so each is reversed only once. */
function toVisualOrder(glyph: Glyph): void {
  if (glyph.codePoints.length < 2 || visualOrderGlyphs.has(glyph)) return;

  glyph.codePoints.reverse();
  visualOrderGlyphs.add(glyph);
}

function toCodePoint(character: string): number {
  return character.codePointAt(0) ?? 0;
}
