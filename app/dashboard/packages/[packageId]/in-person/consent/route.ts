import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { seeOther } from '@/lib/http/form-post';
import { readMemberFormPost } from '@/lib/http/member-form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { loadInPersonTurn } from '@/lib/signing/in-person-session';
import { inPersonPaths } from '@/lib/signing/in-person-paths';
import { recordConsent } from '@/lib/signing/signer-events';

/** POST …/in-person/consent – the signer at the device agrees to sign electronically. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ packageId: string }> },
) {
  const { packageId } = await params;
  const post = await readMemberFormPost(request);
  if ('refusal' in post) return post.refusal;

  const { db } = await getPortalDatabase();
  const at = now();
  const turn = await loadInPersonTurn(db, post.member.organizationId, packageId, {
    secret: serverSecret(),
    now: at,
  });

  if (turn.kind === 'signing') {
    await recordConsent(db, turn.token, { ...(await requestMetadata()), now: at, inPerson: true });
  }

  return seeOther(inPersonPaths.session(packageId));
}
