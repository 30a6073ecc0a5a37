import { formatRelative } from '@/lib/time/format-instant';

import type { OwnerClock } from './owner-clock';
import { OwnerTime } from './owner-time';

interface OwnerWhenProps {
  iso: string;
  clock: OwnerClock;
  length?: 'short' | 'long';
}

/** An instant in the owner's zone, followed by how far away it is ("in 3 days"). */
export function OwnerWhen({ iso, clock, length }: OwnerWhenProps) {
  return (
    <>
      <OwnerTime
        iso={iso}
        profileTimeZone={clock.profileTimeZone}
        serverTimeZone={clock.viewer.timeZone}
        locale={clock.viewer.locale}
        length={length}
      />{' '}
      <span className="whitespace-nowrap text-slate-600 dark:text-slate-400">
        ({formatRelative(iso, clock.now, clock.viewer.locale)})
      </span>
    </>
  );
}
