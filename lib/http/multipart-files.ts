/** One file part of a multipart body. */
export interface MultipartFile {
  /** The name the client gave, decoded from RFC 5987 `filename*` when present. */
  fileName: string;
  content: Uint8Array;
}

/** The boundary a `multipart/form-data` content type names, or null. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;

  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);

  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * The file parts of a multipart body, in order. Parts without a file name (plain form fields)
 * are left out. Written here rather than taken from `Request.formData()`, which does not read
 * RFC 5987 `filename*` names the same way everywhere and needs the body whole and unchecked.
 */
export function parseMultipartFiles(body: Uint8Array, boundary: string): MultipartFile[] {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const files: MultipartFile[] = [];

  let start = buffer.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (buffer.subarray(partStart, partStart + 2).toString() === '--') break;

    const next = buffer.indexOf(delimiter, partStart);
    if (next === -1) break;

    const part = buffer.subarray(partStart, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      // The part's content ends before the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, Math.max(headerEnd + 4, part.length - 2));
      const fileName = fileNameOf(headers);

      if (fileName !== null) files.push({ fileName, content: new Uint8Array(content) });
    }

    start = next;
  }

  return files;
}

/** The file name of a part's `Content-Disposition`, preferring `filename*` (RFC 5987). */
export function fileNameOf(headers: string): string | null {
  const disposition = headers.split('\r\n').find((line) => /^content-disposition:/i.test(line));
  if (!disposition) return null;

  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;\s]+)/i.exec(disposition);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2]);
    } catch {
      // A name that is not valid percent-encoding falls back to the plain `filename`.
    }
  }

  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
  if (!plain) return null;

  return (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1');
}
