import { addHours } from 'date-fns';

import {
  OWNER_NOTICES,
  OWNER_PROBLEMS,
  type OwnerNotice,
  type OwnerProblem,
} from '@/lib/dashboard/owner-actions';
import { REMINDER_QUIET_HOURS } from '@/lib/notifications/remind-signer';

import type { OwnerClock } from './owner-clock';
import { OwnerWhen } from './owner-when';

interface ActionOutcomeProps {
  notice: OwnerNotice | null;
  problem: OwnerProblem | null;
  /** The signer the action was for, when it was for one. */
  signer: { name: string; lastNotifiedAt: string | null } | null;
  clock: OwnerClock;
}

/** What came of the owner's last action: done, or refused with why. */
export function ActionOutcome({ notice, problem, signer, clock }: ActionOutcomeProps) {
  if (problem) {
    const until =
      problem === 'recently-notified' && signer?.lastNotifiedAt
        ? addHours(new Date(signer.lastNotifiedAt), REMINDER_QUIET_HOURS).toISOString()
        : null;

    return (
      <div
        id="outcome"
        role="alert"
        className="space-y-1 rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm font-medium text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
      >
        <p>{OWNER_PROBLEMS[problem]}</p>
        {until && signer ? (
          <p>
            <bdi>{signer.name}</bdi> was last emailed{' '}
            <OwnerWhen iso={signer.lastNotifiedAt!} clock={clock} />; a reminder can go out from{' '}
            <OwnerWhen iso={until} clock={clock} />.
          </p>
        ) : null}
      </div>
    );
  }

  if (!notice) return null;

  return (
    <p
      id="outcome"
      role="status"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
    >
      {notice === 'reminded' && signer ? (
        <>
          Reminder sent: an email with their signing link is on its way to <bdi>{signer.name}</bdi>.
        </>
      ) : (
        OWNER_NOTICES[notice]
      )}
    </p>
  );
}
