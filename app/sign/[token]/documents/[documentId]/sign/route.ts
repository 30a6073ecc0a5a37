import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { signRevision } from '@/lib/signing/sign-revision';
import { parseSignatureForm } from '@/lib/signing/signature-input';
import { signerPaths } from '@/lib/signing/signer-paths';

/**
 * POST /sign/{token}/documents/{documentId}/sign – signs the document with the adopted
 * signature. A repeated request lands where the first did, on the overview, and signs nothing.
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ token: string; documentId: string }> },
) {
  const { token, documentId } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const signature = parseSignatureForm(form.fields);
  if (!signature.ok) {
    const query = `?problem=${encodeURIComponent(signature.message)}`;

    return seeOther(signerPaths.document(token, documentId, query));
  }

  const { db } = await getPortalDatabase();
  const outcome = await signRevision(db, {
    token,
    documentId,
    signature: signature.signature,
    now: now(),
    ...(await requestMetadata()),
  });

  if (outcome.status === 'refused') {
    if (outcome.reason === 'not_found') return seeOther(signerPaths.overview(token));

    return seeOther(signerPaths.document(token, documentId, `?refused=${outcome.reason}`));
  }

  return seeOther(signerPaths.overview(token, `?signed=${encodeURIComponent(documentId)}`));
}
