import type { Metadata } from 'next';

import type { OwnerClock } from '@/components/dashboard/owner-clock';
import { OwnerTime } from '@/components/dashboard/owner-time';
import { WebhookDeliveryList } from '@/components/dashboard/webhook-delivery-list';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { listWebhookDeliveries } from '@/lib/dashboard/list-webhook-deliveries';
import { getPortalDatabase } from '@/lib/db';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Webhooks' };

/** GET /dashboard/webhooks – the organization's endpoints and the events that did not reach them. */
export default async function WebhooksPage() {
  const [member, database, viewer] = await Promise.all([
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
  ]);
  const overview = await listWebhookDeliveries(database.db, member.organizationId);
  const clock: OwnerClock = { now: clockNow(), viewer, profileTimeZone: member.timeZone };

  const shown = (listed: number, total: number) =>
    listed < total ? ` (the latest ${listed} of ${total})` : ` (${total})`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Webhooks</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Your integration hears of each change to your packages at the endpoints it registered. An
          event an endpoint does not accept within 10 seconds is tried again, waiting longer each
          time, for up to a day; then it is marked failed here, and you can send it again.
        </p>
      </div>

      <section aria-labelledby="endpoints-title" className="space-y-3">
        <h2 id="endpoints-title" className="text-lg font-semibold">
          Endpoints
        </h2>
        {overview.endpoints.length > 0 ? (
          <ul className="space-y-2">
            {overview.endpoints.map((endpoint) => (
              <li
                key={endpoint.endpointId}
                className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
              >
                <p className="text-base font-medium break-words">
                  <bdi>{endpoint.name}</bdi>
                </p>
                <p className="break-all">{endpoint.url}</p>
                <p className="text-slate-700 dark:text-slate-300">
                  Set{' '}
                  <OwnerTime
                    iso={endpoint.updatedAt}
                    profileTimeZone={clock.profileTimeZone}
                    serverTimeZone={clock.viewer.timeZone}
                    locale={clock.viewer.locale}
                  />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700">
            No endpoint is registered. An integration registers one with{' '}
            <code className="break-all">POST /api/v1/events/endpoints/set</code>.
          </p>
        )}
      </section>

      <section aria-labelledby="failed-title" className="space-y-3">
        <h2 id="failed-title" className="text-lg font-semibold">
          Failed deliveries{shown(overview.failed.length, overview.failedTotal)}
        </h2>
        {overview.failed.length > 0 ? (
          <WebhookDeliveryList label="Failed deliveries" entries={overview.failed} clock={clock} />
        ) : (
          <p>No delivery has failed.</p>
        )}
      </section>

      <section aria-labelledby="pending-title" className="space-y-3">
        <h2 id="pending-title" className="text-lg font-semibold">
          Waiting to be delivered{shown(overview.pending.length, overview.pendingTotal)}
        </h2>
        {overview.pending.length > 0 ? (
          <WebhookDeliveryList
            label="Waiting to be delivered"
            entries={overview.pending}
            clock={clock}
          />
        ) : (
          <p>Nothing is waiting: every event has reached its endpoint.</p>
        )}
      </section>
    </div>
  );
}
