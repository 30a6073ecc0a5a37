import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { DECLINE_FORM_MESSAGES, ZDeclineForm } from '@/lib/signing/decline-input';
import { declinePackage } from '@/lib/signing/signer-events';
import { signerPaths } from '@/lib/signing/signer-paths';

/** POST /sign/{token}/decline/confirm – the signer declines; the package is cancelled. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const input = ZDeclineForm.safeParse(form.fields);
  if (!input.success) {
    const message = input.error.issues[0]?.message ?? DECLINE_FORM_MESSAGES.unreadable;

    return seeOther(signerPaths.decline(token, `?problem=${encodeURIComponent(message)}`));
  }

  const { db } = await getPortalDatabase();
  await declinePackage(db, token, input.data.reason, { ...(await requestMetadata()), now: now() });

  return seeOther(signerPaths.overview(token));
}
