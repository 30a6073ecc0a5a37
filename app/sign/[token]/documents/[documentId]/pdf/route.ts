import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { signingLinkOutcome } from '@/lib/domain/signer-view';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';
import { requestMetadata } from '@/lib/http/request-metadata';
import { loadPackageDocumentFile } from '@/lib/signing/load-link-document';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { recordDocumentViewed } from '@/lib/signing/signer-events';

export const dynamic = 'force-dynamic';

const READABLE = new Set(['open', 'executed']);

/**
 * GET /sign/{token}/documents/{documentId}/pdf – the document's original PDF, for a signer
 * whose link works. Opening it is recorded in the audit trail as the signer viewing it.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ token: string; documentId: string }> },
) {
  const { token, documentId } = await params;
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);

  if (!link || !READABLE.has(signingLinkOutcome(link, now()))) {
    return notAvailable('This document is not available from this link.');
  }

  const file = await loadPackageDocumentFile(db, link.packageId, documentId);
  if (!file) return notAvailable('This document is not part of this signing request.');

  await recordDocumentViewed(
    db,
    { ...link, documentId },
    { ...(await requestMetadata()), now: now() },
  );

  return pdfResponse(file, 'inline');
}
