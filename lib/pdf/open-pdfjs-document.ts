import path from 'node:path';

import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfjsLoadingTask = ReturnType<typeof Pdfjs.getDocument>;

// PDF.js in Node reads its standard fonts from a folder path, which must end in a slash.
const STANDARD_FONT_DATA_URL =
  path.join(process.cwd(), 'node_modules', 'pdfjs-dist', 'standard_fonts') + '/';

/** PDF.js's `VerbosityLevel.ERRORS`: damaged uploads would otherwise fill the log with warnings. */
const ERRORS_ONLY = 0;

/**
 * Starts loading a PDF with PDF.js, set up for Node: the legacy build, no `eval`, no font
 * loading into a page, and the standard fonts read from disk. PDF.js detaches the buffer it is
 * given, so it gets a copy and `bytes` stays usable. The caller must `await task.destroy()`.
 */
export async function openPdfjsDocument(bytes: Uint8Array): Promise<PdfjsLoadingTask> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

  return pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    verbosity: ERRORS_ONLY,
  });
}
