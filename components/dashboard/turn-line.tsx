import { PenIcon, PeopleIcon, CalendarIcon } from '@/components/signer/icons';
import type { PackageTurn } from '@/lib/dashboard/package-progress';

import type { OwnerClock } from './owner-clock';
import { OwnerWhen } from './owner-when';

/** Whose turn it is, in words: named signers, a meeting to come, or nobody's. */
export function TurnLine({ turn, clock }: { turn: PackageTurn; clock: OwnerClock }) {
  const line = 'flex items-start gap-1.5 text-sm text-slate-800 dark:text-slate-200';

  switch (turn.kind) {
    case 'signers': {
      const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(turn.names);
      const TurnIcon = turn.inPerson ? PeopleIcon : PenIcon;

      return (
        <p className={line}>
          <TurnIcon className="mt-0.5 size-4" />
          <span>
            {turn.inPerson ? 'Next to sign in person: ' : 'Next to sign: '}
            <bdi className="font-medium">{names}</bdi>
          </span>
        </p>
      );
    }
    case 'meeting':
      return (
        <p className={line}>
          <CalendarIcon className="mt-0.5 size-4" />
          <span>
            Signing opens at the meeting, <OwnerWhen iso={turn.meetingTimeStart} clock={clock} />
          </span>
        </p>
      );
    case 'none':
      return null;
  }
}
