import 'server-only';

import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { getPortalDatabase } from '@/lib/db';

import { authOptions } from './auth-options';

/** The signed-in member, as every dashboard page and owner route knows them. */
export interface DashboardMember {
  memberId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  email: string;
  /** The member's own IANA zone, or null to show times in the browser's zone. */
  timeZone: string | null;
}

/**
 * The signed-in member, read fresh from the database, or null when there is no session or its
 * member no longer exists. Once per request, however many server components ask.
 */
export const signedInMember = cache(async (): Promise<DashboardMember | null> => {
  const session = await getServerSession(authOptions());

  if (!session?.memberId) return null;

  const { db } = await getPortalDatabase();
  const member = await db
    .selectFrom('members as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'm.id as memberId',
      'm.organization_id as organizationId',
      'o.name as organizationName',
      'm.name',
      'm.email',
      'm.time_zone as timeZone',
    ])
    .where('m.id', '=', session.memberId)
    .executeTakeFirst();

  return member ?? null;
});

/** The signed-in member, or a redirect to the sign-in page when there is none. */
export const requireMember = cache(async (): Promise<DashboardMember> => {
  const member = await signedInMember();

  if (!member) redirect('/sign-in');

  return member;
});
