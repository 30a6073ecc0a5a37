import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { requestNewLink } from '@/lib/signing/request-new-link';

/**
 * POST /sign/{token}/new-link – a signer with an expired link asks for a new one by email.
 * The answer is the same whether or not a link was sent, so it reveals nothing.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const { db } = await getPortalDatabase();
  const outcome = await requestNewLink(db, token, {
    ...(await requestMetadata()),
    secret: serverSecret(),
    now: now(),
  });

  return seeOther(outcome === 'too_many' ? '/link-requested?recently=1' : '/link-requested');
}
