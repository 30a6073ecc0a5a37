import { createHash } from 'node:crypto';

import { PDFDict, PDFName, PDFDocument } from 'pdf-lib';

import { addSignaturePageEntry, signaturePageTexts } from './add-signature-page-entry';
import type { SignatureMark } from './draw-signature-mark';
import { embedFontSet } from './embed-font-set';
import { findSignatureField, listSignatureFields } from './find-signature-field';
import { formatUtc } from './format-utc';
import { stampSignatureField } from './stamp-signature-field';

export interface StampSignatureInput {
  /** The document as the previous signer left it, or as uploaded for the first signer. */
  pdf: Uint8Array;
  signature: { kind: 'typed'; text: string } | { kind: 'drawn'; png: Uint8Array };
  signerName: string;
  signerEmail: string;
  signerId: string;
  /** ISO instant in UTC. */
  signedAt: string;
  /** Lowercase hex SHA-256 of the document as uploaded, before any signature. */
  originalSha256: string;
  documentName: string;
}

export interface StampedSignature {
  pdf: Uint8Array;
  /** Lowercase hex SHA-256 of `pdf`. */
  sha256: string;
  pageCount: number;
  /** Where the signature went: into a signature field, or onto the signature page. */
  placement: 'field' | 'signature_page';
  /**
   * The input carried a digital signature (a signed `/Sig` field) or Adobe usage rights
   * (`/Perms /UR3`). The file is rewritten, not appended to, so that signature no longer
   * verifies; the usage rights are removed, since Reader would report them as broken.
   */
  invalidatedEarlierSignature: boolean;
}

/**
 * Adds one signer's electronic signature to a PDF and returns the new file.
 *
 * Where it goes: into the AcroForm signature field meant for this signer, as chosen by
 * `findSignatureField` (a field whose name holds the signer's id, else their email, else the
 * first open field in document order), drawn upright in the widget's rectangle and then closed
 * so no one else is given it. Without such a field, the signature goes on the signature page
 * at the end of the document (see `addSignaturePageEntry`), which later signers of the same
 * document add to. Neither is a digital signature: nothing is signed cryptographically.
 *
 * Earlier digital signatures: pdf-lib rewrites the whole file, which breaks any signature that
 * covers the old bytes. An incremental update (appending only the changed objects after the
 * original bytes) would keep it valid, but pdf-lib cannot write one, and the damaged files
 * `inspectPdf` accepts rely on this rewrite to be repaired. So the file is rewritten and the
 * result says `invalidatedEarlierSignature` for the caller to warn the owner.
 *
 * XFA form data is dropped: the signer saw the PDF pages as PDF.js draws them, and an
 * XFA-aware viewer could otherwise draw the form from its XFA template instead, without the
 * signature.
 *
 * TODO: write an incremental update for inputs that carry a valid digital signature, once we
 * have a writer that can append a cross-reference section after the original bytes.
 */
export async function stampSignature(input: StampSignatureInput): Promise<StampedSignature> {
  const signedAt = formatUtc(input.signedAt);
  if (input.signature.kind === 'typed' && !input.signature.text.trim()) {
    throw new Error('A typed signature needs some text.');
  }

  const doc = await PDFDocument.load(input.pdf, { updateMetadata: false });
  const hadSignature = listSignatureFields(doc).some((field) => field.signed);
  const hadUsageRights = removeUsageRights(doc);
  removeXfa(doc);

  const caption = `${input.signerName}, ${signedAt}`;
  const entry = {
    signerName: input.signerName,
    signerEmail: input.signerEmail,
    signedAt,
    originalSha256: input.originalSha256,
    documentName: input.documentName,
  };
  const typedText = input.signature.kind === 'typed' ? input.signature.text.trim() : '';
  const fonts = await embedFontSet(doc, [typedText, caption, ...signaturePageTexts(entry)]);
  const mark: SignatureMark =
    input.signature.kind === 'typed'
      ? { kind: 'typed', text: typedText }
      : { kind: 'drawn', image: await doc.embedPng(input.signature.png) };

  const field = findSignatureField(doc, { id: input.signerId, email: input.signerEmail });
  if (field) {
    const stamp = { mark, fonts, caption, signerId: input.signerId, signedAt: input.signedAt };
    stampSignatureField(doc, field, stamp);
  } else {
    addSignaturePageEntry(doc, fonts, { ...entry, mark });
  }

  const pdf = await doc.save();

  return {
    pdf,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    pageCount: doc.getPageCount(),
    placement: field ? 'field' : 'signature_page',
    invalidatedEarlierSignature: hadSignature || hadUsageRights,
  };
}

/** Removes `/Perms /UR` and `/UR3`; returns whether there were any. */
function removeUsageRights(doc: PDFDocument): boolean {
  const perms = doc.catalog.lookup(PDFName.of('Perms'));
  if (!(perms instanceof PDFDict)) return false;

  const rights = [PDFName.of('UR'), PDFName.of('UR3')].filter((key) => perms.has(key));
  rights.forEach((key) => perms.delete(key));
  if (perms.keys().length === 0) doc.catalog.delete(PDFName.of('Perms'));

  return rights.length > 0;
}

function removeXfa(doc: PDFDocument): void {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (acroForm instanceof PDFDict) acroForm.delete(PDFName.of('XFA'));
  doc.catalog.delete(PDFName.of('NeedsRendering'));
}
