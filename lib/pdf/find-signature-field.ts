import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';

/**
 * Key this portal writes into a signature field's dictionary once it has drawn a signature
 * there: `<< /SignerId (…) /SignedAt (…) >>`. Viewers ignore keys they do not know.
 */
export const STAMPED_FIELD_KEY = PDFName.of('SignerPortalStamp');

/** A rectangle in a page's default user space, unrotated, with a positive size. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A terminal AcroForm signature field, as found in the document. */
export interface SignatureField {
  /** The full field name: the partial names from the root down, joined by dots. */
  name: string;
  field: PDFDict;
  /** Holds a digital signature (`/V` is a signature dictionary). */
  signed: boolean;
  /** Carries `STAMPED_FIELD_KEY`, or is read-only, so it takes no new signature. */
  closed: boolean;
  /** The field flags (`/Ff`), its own or inherited. */
  flags: number;
  /** The first widget that sits on a page with a rectangle one can draw in, if any. */
  placement?: FieldPlacement;
}

/** Where a field's widget is: its page, and its rectangle there. */
export interface FieldPlacement {
  widget: PDFDict;
  page: PDFPage;
  rect: PageRect;
}

/** A signature field that has somewhere to draw. */
export type PlacedSignatureField = SignatureField & { placement: FieldPlacement };

const READ_ONLY = 1;
const FIELD_TREE_DEPTH_LIMIT = 32;
const MIN_SIDE = 1;

/**
 * Picks the signature field meant for a signer, among fields that are unsigned, not yet
 * stamped by this portal, not read-only and have a widget on a page:
 * 1. the first whose full name contains the signer's id (case-insensitive), else
 * 2. the first whose full name contains the signer's email (case-insensitive), else
 * 3. the first whose name contains no "@", so a field named after someone else's email is
 *    left to that person.
 * "First" is in document order: by page, then in the order of the form's field tree. Returns
 * undefined when no field qualifies, and the signature then goes on a signature page.
 *
 * TODO: rule 3 cannot tell a field named after another signer's id, as only this signer's id
 * is known here; passing every signer of the package would let it skip those too.
 */
export function findSignatureField(
  doc: PDFDocument,
  signer: { id: string; email: string },
): PlacedSignatureField | undefined {
  const open = listSignatureFields(doc).filter(
    (field): field is PlacedSignatureField =>
      !field.signed && !field.closed && field.placement !== undefined,
  );
  const nameContains = (needle: string) => {
    const wanted = needle.trim().toLowerCase();

    return wanted ? open.find((field) => field.name.toLowerCase().includes(wanted)) : undefined;
  };

  return (
    nameContains(signer.id) ??
    nameContains(signer.email) ??
    open.find((field) => !field.name.includes('@'))
  );
}

/** Every terminal signature field of the document's AcroForm, in document order. */
export function listSignatureFields(doc: PDFDocument): SignatureField[] {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  const roots = acroForm instanceof PDFDict ? acroForm.lookup(PDFName.of('Fields')) : undefined;
  if (!(roots instanceof PDFArray)) return [];

  const pages = doc.getPages();
  const pageOfAnnotation = new Map<unknown, PDFPage>();
  for (const page of pages) {
    const annotations = page.node.Annots();
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      pageOfAnnotation.set(annotations?.lookup(index), page);
    }
  }
  // A widget missing from its page's /Annots is not shown, but its /P still names the page.
  const pageOf = (widget: PDFDict) =>
    pageOfAnnotation.get(widget) ??
    pages.find((page) => page.node === widget.lookup(PDFName.of('P')));

  const found: SignatureField[] = [];
  const visited = new Set<PDFDict>();

  // A field's type, flags and value are inherited by its kids.
  const visit = (node: unknown, parent: Inherited, depth: number) => {
    if (!(node instanceof PDFDict) || visited.has(node) || depth > FIELD_TREE_DEPTH_LIMIT) return;
    visited.add(node);

    const partial = readText(node.lookup(PDFName.of('T')));
    const inherited: Inherited = {
      name: [parent.name, partial].filter(Boolean).join('.'),
      type: node.lookup(PDFName.of('FT')) ?? parent.type,
      flags: readNumber(node.lookup(PDFName.of('Ff'))) ?? parent.flags,
      value: node.lookup(PDFName.of('V')) ?? parent.value,
    };
    const kids = kidsOf(node);
    const childFields = kids.filter((kid) => kid.has(PDFName.of('T')));

    if (childFields.length > 0) {
      childFields.forEach((kid) => visit(kid, inherited, depth + 1));
      return;
    }

    if (inherited.type !== PDFName.of('Sig')) return;

    const widgets = [...(isWidget(node) ? [node] : []), ...kids];
    found.push({
      name: inherited.name,
      field: node,
      signed: inherited.value instanceof PDFDict,
      flags: inherited.flags ?? 0,
      closed: node.has(STAMPED_FIELD_KEY) || ((inherited.flags ?? 0) & READ_ONLY) !== 0,
      placement: widgets
        .map((widget) => placementOf(widget, pageOf(widget)))
        .find((placement) => placement !== undefined),
    });
  };

  for (let index = 0; index < roots.size(); index++) {
    visit(
      roots.lookup(index),
      { name: '', type: undefined, flags: undefined, value: undefined },
      0,
    );
  }

  const pageIndex = (field: SignatureField) =>
    field.placement ? pages.indexOf(field.placement.page) : pages.length;

  return found
    .map((field, order) => ({ field, order }))
    .sort((a, b) => pageIndex(a.field) - pageIndex(b.field) || a.order - b.order)
    .map(({ field }) => field);
}

interface Inherited {
  name: string;
  type: unknown;
  flags: number | undefined;
  value: unknown;
}

function kidsOf(node: PDFDict): PDFDict[] {
  const kids = node.lookup(PDFName.of('Kids'));
  if (!(kids instanceof PDFArray)) return [];

  const dicts: PDFDict[] = [];
  for (let index = 0; index < kids.size(); index++) {
    const kid = kids.lookup(index);
    if (kid instanceof PDFDict) dicts.push(kid);
  }

  return dicts;
}

function isWidget(node: PDFDict): boolean {
  return (
    node.lookup(PDFName.of('Subtype')) === PDFName.of('Widget') || node.has(PDFName.of('Rect'))
  );
}

function placementOf(widget: PDFDict, page: PDFPage | undefined): FieldPlacement | undefined {
  const rect = widget.lookup(PDFName.of('Rect'));
  if (!page || !(rect instanceof PDFArray) || rect.size() !== 4) return undefined;

  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = [0, 1, 2, 3].map(
    (index) => readNumber(rect.lookup(index)) ?? 0,
  );
  const box = {
    x: Math.min(x1, x2),
    y: Math.min(y1, y2),
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  };
  if (box.width < MIN_SIDE || box.height < MIN_SIDE) return undefined;

  return { widget, page, rect: box };
}

function readText(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

function readNumber(value: unknown): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}
