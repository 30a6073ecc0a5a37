import { AlertIcon } from '@/components/signer/icons';

import { LinkOffIcon } from './icons';

interface AttentionMarksProps {
  overdue: boolean;
  expiredLinks: string[];
}

/** What needs the owner's attention: a passed deadline, and signers whose link has expired. */
export function AttentionMarks({ overdue, expiredLinks }: AttentionMarksProps) {
  if (!overdue && expiredLinks.length === 0) return null;

  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(expiredLinks);

  return (
    <ul className="flex flex-wrap gap-2" aria-label="Needs attention">
      {overdue ? (
        <li className="inline-flex items-center gap-1.5 rounded-md border border-rose-300 bg-rose-50 px-2 py-1 text-sm font-medium text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
          <AlertIcon className="size-4" />
          Overdue: the deadline passed before everyone signed
        </li>
      ) : null}
      {expiredLinks.length > 0 ? (
        <li className="inline-flex items-center gap-1.5 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <LinkOffIcon className="size-4" />
          <span>
            Link expired: <bdi>{names}</bdi>
          </span>
        </li>
      ) : null}
    </ul>
  );
}
