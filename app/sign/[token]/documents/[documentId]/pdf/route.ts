import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { signingLinkOutcome } from '@/lib/domain/signer-view';
import { contentDisposition } from '@/lib/http/content-disposition';
import { loadPackageDocumentFile } from '@/lib/signing/load-link-document';
import { loadSigningLink } from '@/lib/signing/load-signing-link';

export const dynamic = 'force-dynamic';

const READABLE = new Set(['open', 'executed']);

/** GET /sign/{token}/documents/{documentId} – the document's PDF, for a signer whose link works. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ token: string; documentId: string }> },
) {
  const { token, documentId } = await params;
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);

  if (!link || !READABLE.has(signingLinkOutcome(link, now()))) {
    return new Response('This document is not available from this link.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const file = await loadPackageDocumentFile(db, link.packageId, documentId);
  if (!file) {
    return new Response('This document is not part of this signing request.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  return new Response(Buffer.from(file.content), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('inline', file.fileName),
      ETag: `"${file.sha256}"`,
    },
  });
}
