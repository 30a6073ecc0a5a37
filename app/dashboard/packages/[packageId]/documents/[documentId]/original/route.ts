import { requireMember } from '@/lib/auth/require-member';
import { loadOwnerDocumentFile } from '@/lib/dashboard/load-owner-document-file';
import { getPortalDatabase } from '@/lib/db';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';

export const dynamic = 'force-dynamic';

/**
 * GET /dashboard/packages/{packageId}/documents/{documentId}/original – the document's PDF as
 * it was sent, for a member of the package's organization; 404 for anyone else's.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ packageId: string; documentId: string }> },
) {
  const [{ packageId, documentId }, member, { db }] = await Promise.all([
    params,
    requireMember(),
    getPortalDatabase(),
  ]);
  const file = await loadOwnerDocumentFile(db, member.organizationId, packageId, documentId);

  if (!file) return notAvailable('There is no such document in your organization’s packages.');

  const response = pdfResponse(file, 'attachment');
  response.headers.set('Cache-Control', 'private, no-store');

  return response;
}
