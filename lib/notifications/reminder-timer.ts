import type { Kysely } from 'kysely';

import { now as portalNow } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

import { sendDeadlineReminders } from './send-deadline-reminders';

export interface ReminderTimerOptions {
  /** How often the deadlines are looked at. */
  intervalMs?: number;
  /** The clock the reminders are decided by. */
  clock?: () => Date;
  database?: () => Promise<Kysely<Database>>;
}

/**
 * Looks for deadlines a day away every few minutes inside the server process, and reminds
 * their signers. Turned off with `DEADLINE_REMINDERS=off`, for an installation that runs
 * reminders elsewhere. Returns a function that stops it.
 */
export function startDeadlineReminders(options: ReminderTimerOptions = {}): () => void {
  const intervalMs =
    options.intervalMs ?? Number(process.env.DEADLINE_REMINDER_INTERVAL_MS ?? 5 * 60 * 1000);
  const clock = options.clock ?? portalNow;
  const database = options.database ?? (async () => (await getPortalDatabase()).db);
  let running = false;

  const timer = setInterval(async () => {
    // A slow run is not overlapped by the next one.
    if (running) return;
    running = true;

    try {
      await sendDeadlineReminders(await database(), clock());
    } catch (error) {
      console.error('Deadline reminders failed; they will be tried again.', error);
    } finally {
      running = false;
    }
  }, intervalMs);

  timer.unref();

  return () => clearInterval(timer);
}
