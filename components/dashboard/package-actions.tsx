import Link from 'next/link';

import {
  EXTEND_DAYS,
  ownerActionPaths,
  type PackageAction,
  type SignerAction,
} from '@/lib/dashboard/owner-actions';

const ACTION_LINK =
  'inline-flex min-h-11 items-center justify-center rounded-lg border px-4 text-sm font-medium';
const PLAIN = `${ACTION_LINK} border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`;
const PRIMARY = `${ACTION_LINK} border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:border-blue-600 dark:bg-blue-600`;
const DANGER = `${ACTION_LINK} border-rose-300 text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950`;

const PACKAGE_ACTION_LINKS: Record<PackageAction, { label: string; classes: string }> = {
  send: { label: 'Send for signature', classes: PRIMARY },
  extend: { label: `Extend deadline by ${EXTEND_DAYS} days`, classes: PLAIN },
  rescind: { label: 'Cancel package', classes: DANGER },
  delete: { label: 'Delete package', classes: DANGER },
};

/** The package's actions that apply now, each leading to its confirmation. */
export function PackageActions({
  packageId,
  actions,
}: {
  packageId: string;
  actions: PackageAction[];
}) {
  if (actions.length === 0) return null;

  return (
    <ul aria-label="Package actions" className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
      {actions.map((action) => (
        <li key={action} className="flex flex-col">
          <Link
            href={ownerActionPaths.confirm(packageId, action)}
            className={PACKAGE_ACTION_LINKS[action].classes}
          >
            {PACKAGE_ACTION_LINKS[action].label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

const SIGNER_ACTION_LABELS: Record<SignerAction, string> = {
  remind: 'Remind now',
  'new-link': 'New link',
};

/** One signer's actions that apply now; each names the signer for screen readers. */
export function SignerActions({
  packageId,
  signerId,
  signerName,
  actions,
}: {
  packageId: string;
  signerId: string;
  signerName: string;
  actions: SignerAction[];
}) {
  if (actions.length === 0) return null;

  return (
    <ul aria-label={`Actions for ${signerName}`} className="flex flex-wrap gap-2 pt-1">
      {actions.map((action) => (
        <li key={action}>
          <Link
            href={ownerActionPaths.confirm(packageId, action, signerId)}
            aria-label={`${SIGNER_ACTION_LABELS[action]}: ${signerName}`}
            className={PLAIN}
          >
            {SIGNER_ACTION_LABELS[action]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
