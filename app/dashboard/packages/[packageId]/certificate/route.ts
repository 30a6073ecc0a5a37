import { requireMember } from '@/lib/auth/require-member';
import { getPortalDatabase } from '@/lib/db';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';
import { createCertificateOfCompletion } from '@/lib/pdf/certificate-of-completion';
import { loadCertificateFacts } from '@/lib/signing/load-certificate-facts';

export const dynamic = 'force-dynamic';

/**
 * GET /dashboard/packages/{packageId}/certificate – the certificate of completion of an
 * executed package of the member's organization; 404 for anyone else's and before it is done.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ packageId: string }> },
) {
  const [{ packageId }, member, { db }] = await Promise.all([
    params,
    requireMember(),
    getPortalDatabase(),
  ]);
  const pkg = await db
    .selectFrom('packages')
    .select(['name', 'state'])
    .where('id', '=', packageId)
    .where('organization_id', '=', member.organizationId)
    .executeTakeFirst();

  if (!pkg || pkg.state !== 'executed') {
    return notAvailable('There is no certificate of completion for this package yet.');
  }

  const pdf = await createCertificateOfCompletion(await loadCertificateFacts(db, packageId));
  const response = pdfResponse(
    { content: pdf, fileName: `certificate-${pkg.name}.pdf` },
    'attachment',
  );
  response.headers.set('Cache-Control', 'private, no-store');

  return response;
}
