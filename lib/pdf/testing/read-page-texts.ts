import { openPdfjsDocument } from '../open-pdfjs-document';

/**
 * The text PDF.js finds on each page, items joined by single spaces. It proves text is real
 * text rather than drawn shapes, and lets a test compare what two files show.
 */
export async function readPageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = await openPdfjsDocument(bytes);

  try {
    const doc = await task.promise;
    const texts: string[] = [];

    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const content = await (await doc.getPage(pageNumber)).getTextContent();
      const strings = content.items.map((item) => ('str' in item ? item.str : ''));
      texts.push(strings.join(' ').replace(/\s+/g, ' ').trim());
    }

    return texts;
  } finally {
    await task.destroy();
  }
}
