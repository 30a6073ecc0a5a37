import 'server-only';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';

import { sweepPackages } from './sweep-packages';

/**
 * Sweeps the package lifecycle every minute inside the server process (`npm run sweep` does
 * the same once). Turned off with `LIFECYCLE_SWEEP=off`, for an installation that runs the
 * sweep elsewhere, such as from cron.
 */
export function startLifecycleSweep(intervalMs = Number(process.env.SWEEP_INTERVAL_MS ?? 60_000)) {
  let running = false;

  const timer = setInterval(async () => {
    if (running) return;
    running = true;

    try {
      const { db } = await getPortalDatabase();
      await sweepPackages(db, now());
    } catch (error) {
      console.error('The lifecycle sweep failed; it will run again.', error);
    } finally {
      running = false;
    }
  }, intervalMs);

  timer.unref();
}
