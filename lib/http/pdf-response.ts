import { contentDisposition } from './content-disposition';

/** A PDF answer that names the file in any script, tagged with its hash when it has one. */
export function pdfResponse(
  file: { content: Uint8Array; fileName: string; sha256?: string },
  disposition: 'inline' | 'attachment',
): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition(disposition, file.fileName),
  };
  if (file.sha256) headers.ETag = `"${file.sha256}"`;

  return new Response(Buffer.from(file.content), { headers });
}

/** A plain-text refusal a person can read when they open the address directly. */
export function notAvailable(message: string): Response {
  return new Response(message, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
