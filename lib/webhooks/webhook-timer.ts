import 'server-only';

import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';

import { deliverWebhooks } from './deliver-webhooks';

/**
 * Delivers the webhook outbox every few seconds inside the server process. Turned off with
 * `WEBHOOK_DELIVERY=off`, for an installation that delivers webhooks elsewhere.
 */
export function startWebhookDelivery(intervalMs = Number(process.env.WEBHOOK_INTERVAL_MS ?? 5000)) {
  let running = false;

  const timer = setInterval(async () => {
    if (running) return;
    running = true;

    try {
      const { db } = await getPortalDatabase();
      await deliverWebhooks(db, { secret: serverSecret(), now: now() });
    } catch (error) {
      console.error('Webhook delivery failed; it will be tried again.', error);
    } finally {
      running = false;
    }
  }, intervalMs);

  timer.unref();
}
