import { now } from '@/lib/clock';
import { loadPackageLiveView } from '@/lib/dashboard/package-live-view';
import { getPortalDatabase } from '@/lib/db';
import { memberJson, memberJsonRoute } from '@/lib/http/member-json-route';

export const dynamic = 'force-dynamic';

/** GET /dashboard/packages/{packageId}/data – a package's progress, for its page's refresh. */
export const GET = memberJsonRoute<{ packageId: string }>(async (_request, member, params) => {
  const { db } = await getPortalDatabase();
  const live = await loadPackageLiveView(db, member.organizationId, params.packageId, now());

  if (!live) {
    return memberJson(
      { error: 'package_not_found', message: 'Your organization has no such package.' },
      404,
    );
  }

  return memberJson(live);
});
