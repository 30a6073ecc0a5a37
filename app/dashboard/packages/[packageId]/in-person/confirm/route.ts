import { z } from 'zod';

import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { seeOther } from '@/lib/http/form-post';
import { readMemberFormPost } from '@/lib/http/member-form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { confirmInPersonSigner } from '@/lib/signing/in-person-session';
import { inPersonPaths } from '@/lib/signing/in-person-paths';

const ZConfirmForm = z.object({ signerId: z.uuid() });

/** POST …/in-person/confirm – the signer holding the turn confirms who they are. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ packageId: string }> },
) {
  const { packageId } = await params;
  const post = await readMemberFormPost(request);
  if ('refusal' in post) return post.refusal;

  const input = ZConfirmForm.safeParse(post.fields);
  if (input.success) {
    const { db } = await getPortalDatabase();
    await confirmInPersonSigner(db, post.member.organizationId, packageId, input.data.signerId, {
      ...(await requestMetadata()),
      secret: serverSecret(),
      now: now(),
      memberId: post.member.memberId,
    });
  }

  return seeOther(inPersonPaths.session(packageId));
}
