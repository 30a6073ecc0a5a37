import { createHash } from 'node:crypto';

import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

import { openPdfjsDocument } from './open-pdfjs-document';

export type PdfRefusalReason = 'not_pdf' | 'encrypted' | 'damaged' | 'empty' | 'too_many_pages';

/**
 * The most pages a document to sign may have. Longer files take seconds to inspect and to stamp
 * on every signature, and no document a signer reads on a phone is that long.
 */
export const MAX_PAGE_COUNT = 1000;

/** Whether an uploaded file can be signed, and what is known about it if it can. */
export type PdfInspection =
  | {
      ok: true;
      pageCount: number;
      /** Lowercase hex SHA-256 of the bytes as uploaded. */
      sha256: string;
      /** The form has at least one signature field, signed or not. */
      hasSignatureFields: boolean;
      /** A signature field holds a signature. Signing again by rewriting the file breaks it. */
      isSigned: boolean;
    }
  | {
      ok: false;
      reason: PdfRefusalReason;
      /** What the person who uploaded the file can do about it, in plain words. */
      message: string;
    };

const MESSAGES = {
  empty: 'This file is empty. Choose the document again and upload it.',
  noPages: 'This PDF has no pages. Check that you chose the right file and upload it again.',
  notPdf: 'This file is not a PDF. Save or export it as a PDF and upload it again.',
  password: 'This PDF is password-protected. Remove the password and upload it again.',
  restricted:
    'This PDF has security settings that prevent signing. Save a copy without security settings and upload that copy.',
  tooManyPages: `This PDF has more than ${MAX_PAGE_COUNT.toLocaleString('en-US')} pages. Split it into smaller documents and upload each one.`,
  damaged:
    'This PDF is damaged and cannot be read. Open it in a PDF viewer, save or print it as a new PDF, and upload that copy.',
} as const;

/** PDF readers accept a header that starts anywhere in the first 1024 bytes. */
const HEADER_SEARCH_LIMIT = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

type PdfLibOutcome =
  | { kind: 'parsed'; doc: PDFDocument; pageCount: number }
  | { kind: 'encrypted' }
  | { kind: 'unreadable' };

type PdfjsOutcome =
  { kind: 'read'; pageCount: number } | { kind: 'needs_password' } | { kind: 'unreadable' };

/**
 * Decides whether an uploaded file is a PDF that can be signed. It must be a PDF, carry no
 * encryption at all (even an owner password, because signing would have to change its
 * security), and be read to the same page count by both pdf-lib, which writes the signed file,
 * and PDF.js, which shows it to signers.
 *
 * A file with a broken cross-reference table or junk after its end is accepted when both
 * libraries read every page. Both libraries find objects by scanning rather than trusting the
 * offsets, and pdf-lib writes a fresh cross-reference table and stream lengths when it saves, so
 * the signed copy is a repaired file that shows what viewers show today. This is checked by the
 * tests on the two damaged fixtures, which pdfinfo, pdftotext and qpdf also read in full. Damage
 * inside a stream (one page of damaged-broken-xref.pdf has a corrupt compressed tail) is copied
 * byte for byte, so the signer sees and signs the same page that every viewer shows.
 *
 * TODO: signing by incremental update (to keep an earlier signature or Adobe usage rights
 * valid) would append to the damaged bytes as they are; such a flow must re-check these files.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  if (bytes.length === 0) return refuse('empty', MESSAGES.empty);

  if (!hasPdfHeader(bytes)) return refuse('not_pdf', MESSAGES.notPdf);

  const parsed = await parseWithPdfLib(bytes);

  // Refused before PDF.js fetches every page, which is what takes long.
  if (parsed.kind === 'parsed' && parsed.pageCount > MAX_PAGE_COUNT) {
    return refuse('too_many_pages', MESSAGES.tooManyPages);
  }

  const read = await readWithPdfjs(bytes);

  if (read.kind === 'needs_password') return refuse('encrypted', MESSAGES.password);

  if (parsed.kind === 'encrypted') return refuse('encrypted', MESSAGES.restricted);

  if (parsed.kind === 'unreadable' || read.kind === 'unreadable') {
    return refuse('damaged', MESSAGES.damaged);
  }

  if (parsed.pageCount !== read.pageCount) return refuse('damaged', MESSAGES.damaged);

  if (parsed.pageCount === 0) return refuse('empty', MESSAGES.noPages);

  return {
    ok: true,
    pageCount: parsed.pageCount,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...readSignatureFields(parsed.doc),
  };
}

function refuse(reason: PdfRefusalReason, message: string): PdfInspection {
  return { ok: false, reason, message };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const lastStart = Math.min(HEADER_SEARCH_LIMIT, bytes.length - PDF_HEADER.length);

  for (let start = 0; start <= lastStart; start++) {
    if (PDF_HEADER.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }

  return false;
}

async function parseWithPdfLib(bytes: Uint8Array): Promise<PdfLibOutcome> {
  try {
    // pdf-lib's errors are compiled to ES5 and lose their class, so `instanceof
    // EncryptedPDFError` is never true; loading with `ignoreEncryption` and reading
    // `isEncrypted` gives the same answer from the same /Encrypt check.
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    if (doc.isEncrypted) return { kind: 'encrypted' };

    return { kind: 'parsed', doc, pageCount: doc.getPageCount() };
  } catch {
    // Whatever pdf-lib throws on these bytes means it cannot build the document from them.
    return { kind: 'unreadable' };
  }
}

async function readWithPdfjs(bytes: Uint8Array): Promise<PdfjsOutcome> {
  const task = await openPdfjsDocument(bytes);

  try {
    const doc = await task.promise;

    // Fetching every page proves the page tree holds together, without the cost of rendering.
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      await doc.getPage(pageNumber);
    }

    return { kind: 'read', pageCount: doc.numPages };
  } catch (error) {
    // PDF.js rebuilds its exceptions across the worker boundary, and may run in another realm,
    // so only the name can be trusted.
    if (
      typeof error === 'object' &&
      error !== null &&
      'name' in error &&
      error.name === 'PasswordException'
    ) {
      return { kind: 'needs_password' };
    }

    return { kind: 'unreadable' };
  } finally {
    await task.destroy();
  }
}

const FIELD_TREE_DEPTH_LIMIT = 32;

/**
 * Walks the AcroForm field tree directly rather than through `PDFDocument.getForm()`, which
 * would add an empty form to a document without one and strip XFA data from one that has it.
 */
function readSignatureFields(doc: PDFDocument): { hasSignatureFields: boolean; isSigned: boolean } {
  const found = { hasSignatureFields: false, isSigned: false };
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  const fields = acroForm instanceof PDFDict ? acroForm.lookup(PDFName.of('Fields')) : undefined;
  if (!(fields instanceof PDFArray)) return found;

  const visited = new Set<PDFDict>();

  // A field's type and value are inherited by its kids (the widgets of one field, or sub-fields).
  const visit = (node: unknown, type: unknown, hasValue: boolean, depth: number) => {
    if (!(node instanceof PDFDict) || visited.has(node) || depth > FIELD_TREE_DEPTH_LIMIT) return;
    visited.add(node);

    const ownType = node.lookup(PDFName.of('FT')) ?? type;
    const ownValue = hasValue || node.lookup(PDFName.of('V')) instanceof PDFDict;
    const kids = node.lookup(PDFName.of('Kids'));

    if (kids instanceof PDFArray && kids.size() > 0) {
      for (let index = 0; index < kids.size(); index++) {
        visit(kids.lookup(index), ownType, ownValue, depth + 1);
      }
      return;
    }

    if (ownType === PDFName.of('Sig')) {
      found.hasSignatureFields = true;
      found.isSigned ||= ownValue;
    }
  };

  for (let index = 0; index < fields.size(); index++) {
    visit(fields.lookup(index), undefined, false, 0);
  }

  return found;
}
