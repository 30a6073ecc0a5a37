import type { Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import { packageDeadline, VIDEO_ROOM_LIFETIME_DAYS } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';

import { remindSigner } from './remind-signer';

/** Signers are reminded once this close to their package's deadline. */
export const REMINDER_LEAD_HOURS = 24;

const HOUR_MS = 3600 * 1000;

export interface DeadlineReminderRun {
  /** Reminders written to the outbox. */
  reminded: number;
  /** Signers left alone: mailed in the last 12 hours, or no longer needed. */
  held: number;
}

/**
 * Reminds every signer who still has something to sign in an open package whose deadline is
 * less than a day away, once for that deadline: a deadline moved later (an extension) earns
 * another reminder. A signer mailed in the last 12 hours is held back and tried again on a
 * later run, still before the deadline. In person packages are left out, since nothing in a
 * mail would let their signers sign. Each reminder is its own transaction, with its mail and
 * audit event, so a run cut short loses nothing already done.
 */
export async function sendDeadlineReminders(
  db: Kysely<Database>,
  now: Date,
): Promise<DeadlineReminderRun> {
  const from = toInstant(now);
  const until = toInstant(new Date(now.getTime() + REMINDER_LEAD_HOURS * HOUR_MS));
  // A video signing room's deadline is seven days after its meeting starts.
  const roomShift = VIDEO_ROOM_LIFETIME_DAYS * 24 * HOUR_MS;
  const meetingFrom = toInstant(new Date(now.getTime() - roomShift));
  const meetingUntil = toInstant(
    new Date(now.getTime() - roomShift + REMINDER_LEAD_HOURS * HOUR_MS),
  );

  const packages = await db
    .selectFrom('packages')
    .select(['id', 'organization_id', 'type', 'state', 'time_sign_by', 'meeting_time_start'])
    .where('state', '=', 'open')
    // In person, signers sign on the sender's device: a link in the mail would not let them.
    .where('type', '!=', 'Live Session')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('type', '!=', 'video_closing_room'),
          eb('time_sign_by', '>=', from),
          eb('time_sign_by', '<=', until),
        ]),
        eb.and([
          eb('type', '=', 'video_closing_room'),
          eb('meeting_time_start', '>=', meetingFrom),
          eb('meeting_time_start', '<=', meetingUntil),
        ]),
      ]),
    )
    .execute();

  const run: DeadlineReminderRun = { reminded: 0, held: 0 };

  for (const pkg of packages) {
    const deadline = packageDeadline({
      type: pkg.type,
      state: pkg.state,
      timeSignBy: pkg.time_sign_by,
      meetingTimeStart: pkg.meeting_time_start,
    });
    if (!deadline) continue;

    const deadlineAt = toInstant(deadline);
    const waiting = await signersToRemind(db, pkg.id, deadlineAt);

    for (const signerId of waiting) {
      const result = await remindSigner(
        db,
        {
          organizationId: pkg.organization_id,
          packageId: pkg.id,
          signerId,
          actor: { memberId: null, via: 'deadline' },
          deadline: deadlineAt,
        },
        now,
      );

      if (result.reminded) run.reminded++;
      else run.held++;
    }
  }

  return run;
}

/** Signers with a document still to sign who have not been reminded of this deadline. */
async function signersToRemind(db: Kysely<Database>, packageId: string, deadline: string) {
  const [unsigned, reminders] = await Promise.all([
    db
      .selectFrom('revisions')
      .select('signer_id')
      .distinct()
      .where('package_id', '=', packageId)
      .where('signed_at', 'is', null)
      .execute(),
    db
      .selectFrom('audit_events')
      .select(['signer_id', 'details'])
      .where('package_id', '=', packageId)
      .where('action', '=', 'reminder_sent')
      .execute(),
  ]);

  const reminded = new Set(
    reminders
      .filter((event) => reminderDeadline(event.details) === deadline)
      .map((event) => event.signer_id),
  );

  return unsigned.map((row) => row.signer_id).filter((signerId) => !reminded.has(signerId));
}

/** The deadline a `reminder_sent` event was about, when it was a scheduled reminder. */
function reminderDeadline(details: string | null): string | null {
  if (!details) return null;

  try {
    const parsed: unknown = JSON.parse(details);
    const deadline = (parsed as { deadline?: unknown } | null)?.deadline;

    return typeof deadline === 'string' ? deadline : null;
  } catch {
    return null;
  }
}
