import { wrongState } from '@/lib/api/api-error';
import { apiRoute } from '@/lib/api/api-route';
import { getPackageFactsOrThrow } from '@/lib/api/packages/get-package-facts-or-throw';
import { pdfResponse } from '@/lib/http/pdf-response';
import { createCertificateOfCompletion } from '@/lib/pdf/certificate-of-completion';
import { loadCertificateFacts } from '@/lib/signing/load-certificate-facts';

export const dynamic = 'force-dynamic';

/** GET /api/v1/packages/{packageId}/certificate – the certificate of completion PDF. */
export const GET = apiRoute<{ packageId: string }>(async (_request, context, { packageId }) => {
  const facts = await getPackageFactsOrThrow(context, packageId);
  if (facts.pkg.state !== 'executed') {
    throw wrongState('package', 'The certificate of completion exists once everyone has signed.');
  }

  const pdf = await createCertificateOfCompletion(
    await loadCertificateFacts(context.db, packageId),
  );

  return pdfResponse({ content: pdf, fileName: `certificate-${facts.pkg.name}.pdf` }, 'attachment');
});
