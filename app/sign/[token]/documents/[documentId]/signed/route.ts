import { getPortalDatabase } from '@/lib/db';
import { signedCopyReady } from '@/lib/domain/signer-view';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';
import { loadSignedDocumentFile } from '@/lib/signing/load-link-document';
import { loadSigningLink } from '@/lib/signing/load-signing-link';

export const dynamic = 'force-dynamic';

/** GET /sign/{token}/documents/{documentId}/signed – the signed PDF, once it is complete. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ token: string; documentId: string }> },
) {
  const { token, documentId } = await params;
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);

  if (!link || !signedCopyReady(link, documentId)) {
    return notAvailable('The signed document is not available yet from this link.');
  }

  const file = await loadSignedDocumentFile(db, link, documentId);
  if (!file) return notAvailable('The signed document is not available yet from this link.');

  return pdfResponse({ ...file, fileName: `signed-${file.fileName}` }, 'attachment');
}
