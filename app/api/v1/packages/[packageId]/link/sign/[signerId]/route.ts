import { apiJson, apiRoute } from '@/lib/api/api-route';
import { issueSignerLink } from '@/lib/api/packages/issue-signer-link';
import { ZIssuedLink } from '@/lib/api/schemas/package-output';

export const dynamic = 'force-dynamic';

/** POST /api/v1/packages/{packageId}/link/sign/{signerId} – a new signer link, old ones retired. */
export const POST = apiRoute<{ packageId: string; signerId: string }>(
  async (_request, context, { packageId, signerId }) => {
    const link = await issueSignerLink(context, packageId, signerId);

    return apiJson(ZIssuedLink.parse(link));
  },
);
