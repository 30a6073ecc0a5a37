import { getPortalDatabase } from '@/lib/db';
import { notAvailable, pdfResponse } from '@/lib/http/pdf-response';
import { createCertificateOfCompletion } from '@/lib/pdf/certificate-of-completion';
import { loadCertificateFacts } from '@/lib/signing/load-certificate-facts';
import { loadSigningLink } from '@/lib/signing/load-signing-link';

export const dynamic = 'force-dynamic';

/** GET /sign/{token}/certificate – the certificate of completion, once everyone has signed. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);

  if (!link || link.package.state !== 'executed') {
    return notAvailable('The certificate of completion is available once everyone has signed.');
  }

  const facts = await loadCertificateFacts(db, link.packageId);
  const pdf = await createCertificateOfCompletion(facts);

  return pdfResponse(
    { content: pdf, fileName: `certificate-${link.packageName}.pdf` },
    'attachment',
  );
}
