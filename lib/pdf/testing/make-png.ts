import { deflateSync } from 'node:zlib';

/**
 * A small RGBA PNG with a dark wave on a transparent background, standing in for a signature
 * drawn on the signing pad.
 */
export function makeSignaturePng(width = 240, height = 80): Uint8Array {
  const stride = 1 + width * 4;
  const pixels = new Uint8Array(stride * height);

  for (let x = 0; x < width; x++) {
    const middle = height / 2 + (height / 3) * Math.sin((x / width) * Math.PI * 3);
    for (let y = Math.floor(middle) - 2; y <= Math.floor(middle) + 2; y++) {
      if (y < 0 || y >= height) continue;
      pixels.set([20, 30, 90, 255], y * stride + 1 + x * 4);
    }
  }

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);

  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(pixels))),
    chunk('IEND', new Uint8Array()),
  );
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat(new TextEncoder().encode(type), data);
  const length = new Uint8Array(4);
  const crc = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, data.length);
  new DataView(crc.buffer).setUint32(0, crc32(typed));

  return concat(length, typed, crc);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;

  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }

  return (crc ^ 0xffffffff) >>> 0;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }

  return joined;
}
