import 'server-only';

import { getServerSession } from 'next-auth';

import { authOptions } from '@/lib/auth/auth-options';
import { requireMember, type DashboardMember } from '@/lib/auth/require-member';

import { readFormPost, seeOther } from './form-post';

/**
 * A form posted by a signed-in member: the member and the fields, or the response that
 * refuses it. Without a session the browser is sent to sign in (303, never a re-post).
 */
export async function readMemberFormPost(
  request: Request,
): Promise<{ member: DashboardMember; fields: Record<string, string> } | { refusal: Response }> {
  const session = await getServerSession(authOptions());
  if (!session?.memberId) return { refusal: seeOther('/sign-in') };

  const form = await readFormPost(request);
  if ('refusal' in form) return form;

  return { member: await requireMember(), fields: form.fields };
}
