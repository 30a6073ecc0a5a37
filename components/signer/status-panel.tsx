import { AlertIcon, BlockedIcon, CheckIcon, ClockIcon, PenIcon } from './icons';

const TONES = {
  action: {
    icon: PenIcon,
    classes: 'bg-blue-50 text-blue-950 dark:bg-blue-950 dark:text-blue-50',
  },
  done: {
    icon: CheckIcon,
    classes: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  },
  waiting: {
    icon: ClockIcon,
    classes: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  },
  stopped: {
    icon: BlockedIcon,
    classes: 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
  },
  problem: {
    icon: AlertIcon,
    classes: 'bg-rose-50 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  },
} as const;

interface StatusPanelProps {
  tone: keyof typeof TONES;
  title: string;
  /** `h1` when the panel is the page's subject, `h2` when it sits under the page's title. */
  heading?: 'h1' | 'h2';
  children?: React.ReactNode;
}

/** The one message a page leads with, said in words and with an icon, never by colour alone. */
export function StatusPanel({ tone, title, heading = 'h1', children }: StatusPanelProps) {
  const { icon: ToneIcon, classes } = TONES[tone];
  const Heading = heading;

  return (
    <section aria-labelledby="status-title" className={`rounded-xl p-5 ${classes}`}>
      <div className="flex items-start gap-3">
        <ToneIcon className="mt-0.5 size-6" />
        <div className="space-y-2">
          <Heading id="status-title" className="text-xl font-semibold">
            {title}
          </Heading>
          {children ? <div className="space-y-2 text-base">{children}</div> : null}
        </div>
      </div>
    </section>
  );
}
