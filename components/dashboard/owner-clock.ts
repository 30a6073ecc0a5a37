import type { DashboardMember } from '@/lib/auth/require-member';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

/** What every time on a dashboard page is shown with: the owner's zone and language. */
export interface OwnerClock {
  now: Date;
  viewer: ViewerContext;
  profileTimeZone: DashboardMember['timeZone'];
}
