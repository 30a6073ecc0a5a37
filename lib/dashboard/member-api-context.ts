import 'server-only';

import type { ApiContext } from '@/lib/api/api-route';
import type { DashboardMember } from '@/lib/auth/require-member';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { requestMetadata } from '@/lib/http/request-metadata';

/**
 * What the package API's operations need, for a signed-in member acting from the dashboard:
 * the member's organization, the member as the actor, and the request's address and agent.
 */
export async function memberApiContext(member: DashboardMember): Promise<ApiContext> {
  const [{ db }, metadata] = await Promise.all([getPortalDatabase(), requestMetadata()]);

  return {
    db,
    caller: { apiKeyId: null, organizationId: member.organizationId, memberId: member.memberId },
    metadata,
    now: now(),
    apiVersion: null,
  };
}
