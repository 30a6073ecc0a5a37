import { z } from 'zod';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { seeOther } from '@/lib/http/form-post';
import { readMemberFormPost } from '@/lib/http/member-form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { resendWebhookEvent } from '@/lib/webhooks/resend-webhook-event';

const ZResendForm = z.object({ deliveryId: z.uuid() });

/** POST /dashboard/webhooks/resend – the owner sends a failed event once more. */
export async function POST(request: Request) {
  const post = await readMemberFormPost(request);
  if ('refusal' in post) return post.refusal;

  const input = ZResendForm.safeParse(post.fields);
  if (input.success) {
    const { db } = await getPortalDatabase();
    await resendWebhookEvent(db, post.member.organizationId, input.data.deliveryId, {
      ...(await requestMetadata()),
      memberId: post.member.memberId,
      now: now(),
    });
  }

  return seeOther('/dashboard/webhooks');
}
