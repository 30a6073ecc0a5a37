import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  StandardFonts,
  degrees,
  type PDFRef,
} from 'pdf-lib';

export interface FormPage {
  /** `/Rotate` on the page itself. */
  rotate?: number;
  /** Signature fields on the page, each with its rectangle as [x, y, width, height]. */
  fields?: { name: string; rect: [number, number, number, number] }[];
}

/**
 * A Letter-size PDF with unsigned AcroForm signature fields (`/FT /Sig`) where asked, each a
 * field merged with its widget. `inheritedRotate` puts `/Rotate` on the page tree's root, so
 * pages without their own inherit it.
 */
export async function buildSignatureForm(
  pages: FormPage[],
  inheritedRotate?: number,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const fieldRefs: PDFRef[] = [];

  pages.forEach((spec, index) => {
    const page = doc.addPage([612, 792]);
    page.drawText(`Page ${index + 1}`, { x: 72, y: 720, size: 14, font });
    if (spec.rotate !== undefined) page.setRotation(degrees(spec.rotate));

    for (const field of spec.fields ?? []) {
      const [x, y, width, height] = field.rect;
      page.drawText(field.name, { x, y: y - 12, size: 8, font });
      const ref = doc.context.register(
        doc.context.obj({
          Type: 'Annot',
          Subtype: 'Widget',
          FT: 'Sig',
          T: PDFHexString.fromText(field.name),
          Rect: [x, y, x + width, y + height],
          F: 4,
          P: page.ref,
        }),
      );
      page.node.addAnnot(ref);
      fieldRefs.push(ref);
    }
  });

  if (inheritedRotate !== undefined) {
    doc.catalog.Pages().set(PDFName.of('Rotate'), PDFNumber.of(inheritedRotate));
  }
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: fieldRefs }));

  return doc.save();
}
