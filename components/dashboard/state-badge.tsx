import { AlertIcon, BlockedIcon, CheckIcon, ClockIcon } from '@/components/signer/icons';
import { packageStateLabel } from '@/lib/domain/package-states';

import { DraftIcon } from './icons';

const STYLES: Record<string, { icon: typeof CheckIcon; classes: string }> = {
  draft: {
    icon: DraftIcon,
    classes: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  },
  open: {
    icon: ClockIcon,
    classes: 'bg-blue-50 text-blue-900 dark:bg-blue-950 dark:text-blue-100',
  },
  executed: {
    icon: CheckIcon,
    classes: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  },
  expired: {
    icon: AlertIcon,
    classes: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  },
  rescinded: {
    icon: BlockedIcon,
    classes: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  },
};

const UNKNOWN = {
  icon: AlertIcon,
  classes: 'bg-rose-50 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
};

/** A package's state now, in words and with an icon; "Unknown" for a state not known here. */
export function StateBadge({ state }: { state: string }) {
  const { icon: StateIcon, classes } = STYLES[state] ?? UNKNOWN;

  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium whitespace-nowrap ${classes}`}
    >
      <StateIcon className="size-4" />
      {packageStateLabel(state)}
    </span>
  );
}
