import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE_DIRS = [
  path.resolve(__dirname, '../../../../shared/fixtures/pdfs'),
  path.resolve(process.cwd(), '../shared/fixtures/pdfs'),
];

/** The shared real-world PDF fixtures folder, when this checkout has one beside it. */
export const fixtureDir = FIXTURE_DIRS.find((dir) => existsSync(dir));

/** The fixture PDFs' file names, sorted; empty without the folder. */
export const fixtureFiles = fixtureDir
  ? readdirSync(fixtureDir)
      .filter((name) => name.endsWith('.pdf'))
      .sort()
  : [];

if (!fixtureDir) {
  console.warn(`PDF fixtures not found at ${FIXTURE_DIRS.join(' or ')}, skipping`);
}

/** One fixture's bytes. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtureDir ?? '', name)));
}

// pdf-lib reports each object it cannot parse in a damaged or encrypted file with
// console.warn; the tests' own assertions say all there is to say about those files.
const PDF_LIB_PARSE_NOISE = /^(Trying to parse invalid object|Invalid object ref)/;

/** Silences pdf-lib's parse warnings for the test file that calls it, and no other warning. */
export function silencePdfLibParseWarnings(): void {
  const originalWarn = console.warn;

  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && PDF_LIB_PARSE_NOISE.test(args[0])) return;
      originalWarn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
}
