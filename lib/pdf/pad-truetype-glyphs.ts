const TABLE_RECORD_SIZE = 16;
const OFFSET_TABLE_SIZE = 12;
const HEAD_CHECKSUM_ADJUSTMENT = 8;
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const MAXP_NUM_GLYPHS = 4;
const CHECKSUM_MAGIC = 0xb1b0afba;

interface Table {
  tag: string;
  data: Uint8Array;
}

/**
 * Returns a copy of a TrueType font in which every glyph starts on a four-byte boundary and
 * `loca` uses long offsets. A font without `glyf` and `loca` tables comes back unchanged.
 *
 * @pdf-lib/fontkit 1.1.1 writes the subset it embeds with short `loca` offsets, which are the
 * real offsets halved, whenever the subset is small, and never pads the glyphs it copies. In a
 * font that stores glyphs of odd length unpadded (current Google builds of Inter, Playpen Sans
 * and Zen Kurenaido do), every glyph after the first odd one then points at the wrong bytes and
 * viewers draw garbage or nothing. Padding the source font keeps every offset even.
 */
export function padTrueTypeGlyphs(font: Uint8Array): Uint8Array {
  const tables = readTables(font);
  const head = tables.find((table) => table.tag === 'head');
  const maxp = tables.find((table) => table.tag === 'maxp');
  const loca = tables.find((table) => table.tag === 'loca');
  const glyf = tables.find((table) => table.tag === 'glyf');
  if (!head || !maxp || !loca || !glyf) return font;

  const glyphCount = view(maxp.data).getUint16(MAXP_NUM_GLYPHS);
  const longOffsets = view(head.data).getInt16(HEAD_INDEX_TO_LOC_FORMAT) === 1;
  const offsets = readLocaOffsets(loca.data, glyphCount, longOffsets);

  const newOffsets = [0];
  let total = 0;
  for (let index = 0; index < glyphCount; index++) {
    total += padTo4((offsets[index + 1] ?? 0) - (offsets[index] ?? 0));
    newOffsets.push(total);
  }

  const newGlyf = new Uint8Array(total);
  for (let index = 0; index < glyphCount; index++) {
    const glyph = glyf.data.subarray(offsets[index], offsets[index + 1]);
    newGlyf.set(glyph, newOffsets[index]);
  }

  const newLoca = new Uint8Array(4 * newOffsets.length);
  newOffsets.forEach((offset, index) => view(newLoca).setUint32(4 * index, offset));

  const newHead = head.data.slice();
  view(newHead).setInt16(HEAD_INDEX_TO_LOC_FORMAT, 1);
  view(newHead).setUint32(HEAD_CHECKSUM_ADJUSTMENT, 0);

  const replaced: Record<string, Uint8Array> = { head: newHead, loca: newLoca, glyf: newGlyf };

  return writeFont(
    font.subarray(0, 4),
    tables.map(({ tag, data }) => ({ tag, data: replaced[tag] ?? data })),
  );
}

function readTables(font: Uint8Array): Table[] {
  const fontView = view(font);
  const count = fontView.getUint16(4);
  const tables: Table[] = [];

  for (let index = 0; index < count; index++) {
    const record = OFFSET_TABLE_SIZE + index * TABLE_RECORD_SIZE;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = fontView.getUint32(record + 8);
    const length = fontView.getUint32(record + 12);
    tables.push({ tag, data: font.subarray(offset, offset + length) });
  }

  return tables;
}

function readLocaOffsets(loca: Uint8Array, glyphCount: number, longOffsets: boolean): number[] {
  const locaView = view(loca);
  const offsets: number[] = [];

  for (let index = 0; index <= glyphCount; index++) {
    offsets.push(longOffsets ? locaView.getUint32(4 * index) : 2 * locaView.getUint16(2 * index));
  }

  return offsets;
}

/** Writes an sfnt with the given version and tables, in the given order, with checksums. */
function writeFont(version: Uint8Array, tables: Table[]): Uint8Array {
  const directorySize = OFFSET_TABLE_SIZE + TABLE_RECORD_SIZE * tables.length;
  const size = tables.reduce((sum, table) => sum + padTo4(table.data.length), directorySize);
  const font = new Uint8Array(size);
  const fontView = view(font);

  const searchPower = 2 ** Math.floor(Math.log2(tables.length));
  font.set(version, 0);
  fontView.setUint16(4, tables.length);
  fontView.setUint16(6, searchPower * 16);
  fontView.setUint16(8, Math.log2(searchPower));
  fontView.setUint16(10, tables.length * 16 - searchPower * 16);

  let offset = directorySize;
  let headOffset = -1;
  tables.forEach(({ tag, data }, index) => {
    const record = OFFSET_TABLE_SIZE + index * TABLE_RECORD_SIZE;
    [...tag].forEach((character, position) => {
      fontView.setUint8(record + position, character.charCodeAt(0));
    });
    fontView.setUint32(record + 4, checksum(data));
    fontView.setUint32(record + 8, offset);
    fontView.setUint32(record + 12, data.length);
    font.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += padTo4(data.length);
  });

  if (headOffset >= 0) {
    const adjustment = (CHECKSUM_MAGIC - checksum(font)) >>> 0;
    fontView.setUint32(headOffset + HEAD_CHECKSUM_ADJUSTMENT, adjustment);
  }

  return font;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(padTo4(data.length));
  padded.set(data);
  const paddedView = view(padded);
  let sum = 0;

  for (let offset = 0; offset < padded.length; offset += 4) {
    sum = (sum + paddedView.getUint32(offset)) >>> 0;
  }

  return sum;
}

function padTo4(length: number): number {
  return (length + 3) & ~3;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
