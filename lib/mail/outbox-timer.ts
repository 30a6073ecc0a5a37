import 'server-only';

import { now } from '@/lib/clock';
import { publicUrl } from '@/lib/config/public-url';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { logger } from '@/lib/logging/logger';

import { deliverOutbox } from './deliver-outbox';
import { mailTransport } from './mail-transport';

/**
 * Delivers the outbox every few seconds inside the server process. Turned off with
 * `OUTBOX_DELIVERY=off`, for an installation that runs delivery elsewhere.
 */
export function startOutboxDelivery(intervalMs = Number(process.env.OUTBOX_INTERVAL_MS ?? 5000)) {
  const transport = mailTransport();
  let running = false;

  const timer = setInterval(async () => {
    if (running) return;
    running = true;

    try {
      const { db } = await getPortalDatabase();
      await deliverOutbox(db, {
        transport,
        secret: serverSecret(),
        publicUrl: publicUrl(),
        now: now(),
      });
    } catch (error) {
      logger.error({ msg: 'Outbox delivery failed; it will be tried again.', err: error });
    } finally {
      running = false;
    }
  }, intervalMs);

  timer.unref();
}
