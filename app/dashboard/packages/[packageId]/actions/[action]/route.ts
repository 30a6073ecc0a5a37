import { cookies } from 'next/headers';

import { now } from '@/lib/clock';
import { isOwnerAction, ownerActionPaths } from '@/lib/dashboard/owner-actions';
import { runOwnerAction } from '@/lib/dashboard/run-owner-action';
import { getPortalDatabase } from '@/lib/db';
import { seeOther } from '@/lib/http/form-post';
import { readMemberFormPost } from '@/lib/http/member-form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { ISSUED_LINK_COOKIE, sealIssuedLink } from '@/lib/dashboard/issued-link-cookie';

type Params = { params: Promise<{ packageId: string; action: string }> };

/**
 * POST /dashboard/packages/{packageId}/actions/{action} – an owner action, confirmed on its
 * confirmation page. Answers with a redirect to the package (or, after a delete, the list)
 * saying what happened; a new signing link is handed to the page that shows it once.
 */
export async function POST(request: Request, { params }: Params) {
  const { packageId, action } = await params;
  const post = await readMemberFormPost(request);
  if ('refusal' in post) return post.refusal;

  const back = ownerActionPaths.package(packageId);

  if (action === 'forget-link') {
    (await cookies()).delete({
      name: ISSUED_LINK_COOKIE,
      path: ownerActionPaths.newLink(packageId),
    });

    return seeOther(back);
  }

  if (!isOwnerAction(action)) return notFoundResponse();

  const { db } = await getPortalDatabase();
  const outcome = await runOwnerAction(
    db,
    {
      organizationId: post.member.organizationId,
      memberId: post.member.memberId,
      metadata: await requestMetadata(),
    },
    { action, packageId, fields: post.fields },
    now(),
  );

  switch (outcome.kind) {
    case 'not-found':
      return notFoundResponse();

    case 'deleted':
      return seeOther('/dashboard?notice=deleted');

    case 'done':
    case 'refused': {
      const query = new URLSearchParams(
        outcome.kind === 'done' ? { notice: outcome.notice } : { problem: outcome.problem },
      );
      if (outcome.signerId) query.set('signer', outcome.signerId);

      return seeOther(`${back}?${query}#outcome`);
    }

    case 'link-issued': {
      (await cookies()).set(ISSUED_LINK_COOKIE, sealIssuedLink(outcome), {
        path: ownerActionPaths.newLink(packageId),
        httpOnly: true,
        sameSite: 'strict',
        secure: new URL(request.url).protocol === 'https:',
        maxAge: 300,
      });

      return seeOther(ownerActionPaths.newLink(packageId));
    }
  }
}

function notFoundResponse(): Response {
  return new Response('There is no such package or signer.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
