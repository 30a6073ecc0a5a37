import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { tooManyRequestsPage, waitWords } from '@/lib/http/too-many-requests-page';
import {
  NEW_LINKS_PER_HOUR,
  newLinkRetryAfterSeconds,
  requestNewLink,
} from '@/lib/signing/request-new-link';

/**
 * POST /sign/{token}/new-link – a signer with an expired link asks for a new one by email.
 * The answer is the same whether or not a link was sent, so it reveals nothing; only a signer
 * who asked too often in the last hour is told 429, with when to ask again.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const { db } = await getPortalDatabase();
  const at = now();
  const outcome = await requestNewLink(db, token, {
    ...(await requestMetadata()),
    secret: serverSecret(),
    now: at,
  });

  if (outcome !== 'too_many') return seeOther('/link-requested');

  const retryAfterSeconds = await newLinkRetryAfterSeconds(db, token, at);

  return tooManyRequestsPage({
    title: 'Check your email',
    paragraphs: [
      `A new link was sent a short while ago; links can be asked for ${NEW_LINKS_PER_HOUR} ` +
        'times an hour. Look for it in your inbox, including spam.',
      `You can ask again in ${waitWords(retryAfterSeconds)}. Your old link no longer works ` +
        'once a new one is sent.',
    ],
    retryAfterSeconds,
  });
}
