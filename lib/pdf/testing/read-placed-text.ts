import { openPdfjsDocument } from '../open-pdfjs-document';

/** A text item as a viewer shows it: in viewport pixels at scale 1, y growing downwards. */
export interface PlacedText {
  str: string;
  /** Where the item's baseline starts. */
  x: number;
  y: number;
  /** Length of the item along its baseline. */
  width: number;
  /** Angle of the baseline on screen in degrees; 0 is upright, left to right. */
  angle: number;
}

/** A rectangle in viewport pixels at scale 1. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The text PDF.js finds on one page (1-based), placed as a viewer shows the page after its
 * `/Rotate`, and a converter for rectangles in the page's user space to the same coordinates.
 */
export async function readPlacedText(
  bytes: Uint8Array,
  pageNumber: number,
): Promise<{ items: PlacedText[]; toViewport: (rect: number[]) => ViewportBox }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = await openPdfjsDocument(bytes);

  try {
    const page = await (await task.promise).getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PlacedText[] = [];

    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;

      const [a = 0, b = 0, , , x = 0, y = 0] = pdfjs.Util.transform(
        viewport.transform,
        item.transform,
      ) as number[];
      const angle = Math.round((Math.atan2(b, a) * 180) / Math.PI);
      items.push({ str: item.str, x, y, width: item.width, angle: angle === -0 ? 0 : angle });
    }

    const toViewport = (rect: number[]) => {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = viewport.convertToViewportRectangle(
        rect,
      ) as number[];

      return {
        left: Math.min(x1, x2),
        top: Math.min(y1, y2),
        right: Math.max(x1, x2),
        bottom: Math.max(y1, y2),
      };
    };

    return { items, toViewport };
  } finally {
    await task.destroy();
  }
}
