/**
 * The states of a package in the package API. New states may be added by later versions of
 * the contract, so every reader must carry an unknown state through and show it as "Unknown".
 */
export const PACKAGE_STATES = [
  'draft',
  'open',
  'executed',
  'expired',
  'rescinded',
  'select',
  'add',
] as const;

export type PackageState = (typeof PACKAGE_STATES)[number];

/** States of a package still being put together: never shown to signers. */
export const EDITING_STATES: readonly PackageState[] = ['select', 'add'];

export const PACKAGE_STATE_LABELS: Record<PackageState, string> = {
  draft: 'Draft',
  open: 'Out for signature',
  executed: 'Completed',
  expired: 'Expired',
  rescinded: 'Cancelled',
  select: 'Being prepared',
  add: 'Being prepared',
};

export function isPackageState(value: unknown): value is PackageState {
  return typeof value === 'string' && (PACKAGE_STATES as readonly string[]).includes(value);
}

/** The label of a state, or "Unknown" for a value this version does not know. */
export function packageStateLabel(state: string): string {
  return isPackageState(state) ? PACKAGE_STATE_LABELS[state] : 'Unknown';
}

/**
 * The states each owner change starts from, shared by the API and the dashboard so that a
 * change is offered exactly where it is allowed. A package past its deadline counts as expired.
 */
export const CHANGE_FROM_STATES = {
  send: ['draft', 'add', 'select'],
  issueLink: ['open', 'draft', 'add', 'select'],
  rescind: ['open', 'expired'],
  extend: ['open', 'expired'],
  delete: PACKAGE_STATES,
} as const satisfies Record<string, readonly PackageState[]>;
