import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { seeOther } from '@/lib/http/form-post';
import { readMemberFormPost } from '@/lib/http/member-form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { IN_PERSON_REFUSAL_MESSAGES, loadInPersonTurn } from '@/lib/signing/in-person-session';
import { inPersonPaths } from '@/lib/signing/in-person-paths';
import { signRevision } from '@/lib/signing/sign-revision';
import { parseSignatureForm } from '@/lib/signing/signature-input';

/** POST …/in-person/documents/{documentId}/sign – the signer at the device signs. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ packageId: string; documentId: string }> },
) {
  const { packageId, documentId } = await params;
  const post = await readMemberFormPost(request);
  if ('refusal' in post) return post.refusal;

  const session = inPersonPaths.session(packageId);
  const signature = parseSignatureForm(post.fields);
  if (!signature.ok) return seeOther(`${session}?problem=${encodeURIComponent(signature.message)}`);

  const { db } = await getPortalDatabase();
  const at = now();
  const turn = await loadInPersonTurn(db, post.member.organizationId, packageId, {
    secret: serverSecret(),
    now: at,
  });
  if (turn.kind !== 'signing') return seeOther(session);

  const outcome = await signRevision(db, {
    ...(await requestMetadata()),
    token: turn.token,
    documentId,
    signature: signature.signature,
    now: at,
    inPerson: true,
  });

  if (outcome.status === 'refused' && outcome.reason !== 'not_found') {
    const message = IN_PERSON_REFUSAL_MESSAGES[outcome.reason];

    return seeOther(`${session}?problem=${encodeURIComponent(message)}`);
  }

  return seeOther(session);
}
