import { requireMember } from '@/lib/auth/require-member';
import { loadOwnerSignedFile } from '@/lib/dashboard/load-owner-signed-file';
import { getPortalDatabase } from '@/lib/db';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';

export const dynamic = 'force-dynamic';

/**
 * GET /dashboard/packages/{packageId}/documents/{documentId}/signed[?signer={signerId}] – the
 * signed PDF, once every signer has signed it (in a Group Send, the copy of the signer named),
 * for a member of the package's organization; 404 for anyone else and before it is signed.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ packageId: string; documentId: string }> },
) {
  const [{ packageId, documentId }, member, { db }] = await Promise.all([
    params,
    requireMember(),
    getPortalDatabase(),
  ]);
  const signerId = new URL(request.url).searchParams.get('signer');
  const file = await loadOwnerSignedFile(db, member.organizationId, {
    packageId,
    documentId,
    signerId,
  });

  if (!file) return notAvailable('There is no signed copy of this document to download yet.');

  const response = pdfResponse({ ...file, fileName: `signed-${file.fileName}` }, 'attachment');
  response.headers.set('Cache-Control', 'private, no-store');

  return response;
}
