import Link from 'next/link';

import type { PackageListItem as Item } from '@/lib/dashboard/list-packages';
import { packageTypeLabel } from '@/lib/domain/package-types';

import { AttentionMarks } from './attention-marks';
import type { OwnerClock } from './owner-clock';
import { OwnerWhen } from './owner-when';
import { ProgressBar } from './progress-bar';
import { StateBadge } from './state-badge';
import { TurnLine } from './turn-line';

/**
 * One package of the list: what it is, how far it has got, whose turn, and by when. The whole
 * card opens the package, so the target is large enough for a thumb.
 */
export function PackageListItem({ item, clock }: { item: Item; clock: OwnerClock }) {
  return (
    <li className="relative space-y-3 p-4 hover:bg-slate-50 dark:hover:bg-slate-800/50">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="text-base font-semibold break-words">
            <Link
              href={`/dashboard/packages/${item.packageId}`}
              className="underline-offset-2 after:absolute after:inset-0 after:content-[''] hover:underline"
            >
              {item.name}
            </Link>
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {packageTypeLabel(item.type)}
          </p>
        </div>
        <StateBadge state={item.state} />
      </div>

      <ProgressBar signed={item.signed} total={item.total} />
      <TurnLine turn={item.turn} clock={clock} />

      {item.deadline ? (
        <p className="text-sm text-slate-800 dark:text-slate-200">
          <span className="font-medium">Sign by </span>
          <OwnerWhen iso={item.deadline} clock={clock} />
        </p>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">No deadline</p>
      )}

      <AttentionMarks overdue={item.overdue} expiredLinks={item.expiredLinks} />
    </li>
  );
}
