import { effectivePackageState, type PackageClockFacts } from '@/lib/domain/deadlines';
import { CHANGE_FROM_STATES } from '@/lib/domain/package-states';
import type { RevisionFacts } from '@/lib/domain/turns';

/** How many days "extend the deadline" adds. */
export const EXTEND_DAYS = 7;

/** The longest message an owner can give signers when cancelling (as in the package API). */
export const RESCIND_MESSAGE_MAX_LENGTH = 2000;

/** What an owner can do to a whole package from the dashboard. */
export const PACKAGE_ACTIONS = ['send', 'extend', 'rescind', 'delete'] as const;

/** What an owner can do for one signer of a package. */
export const SIGNER_ACTIONS = ['remind', 'new-link'] as const;

export type PackageAction = (typeof PACKAGE_ACTIONS)[number];
export type SignerAction = (typeof SIGNER_ACTIONS)[number];
export type OwnerAction = PackageAction | SignerAction;

export function isOwnerAction(value: unknown): value is OwnerAction {
  return (
    (PACKAGE_ACTIONS as readonly unknown[]).includes(value) ||
    (SIGNER_ACTIONS as readonly unknown[]).includes(value)
  );
}

export function isSignerAction(action: OwnerAction): action is SignerAction {
  return (SIGNER_ACTIONS as readonly string[]).includes(action);
}

function startsFrom(states: readonly string[], state: string): boolean {
  return states.includes(state);
}

/**
 * The package actions that apply now: send only a draft, extend and cancel only a package out
 * for signature or expired (extend only when its deadline is a date of its own, not a video
 * room's meeting), delete always.
 */
export function packageActionsNow(pkg: PackageClockFacts, now: Date): PackageAction[] {
  const state = effectivePackageState(pkg, now);
  const actions: PackageAction[] = [];

  if (startsFrom(CHANGE_FROM_STATES.send, state)) actions.push('send');
  if (
    startsFrom(CHANGE_FROM_STATES.extend, state) &&
    pkg.type !== 'video_closing_room' &&
    pkg.timeSignBy !== null
  ) {
    actions.push('extend');
  }
  if (startsFrom(CHANGE_FROM_STATES.rescind, state)) actions.push('rescind');
  if (startsFrom(CHANGE_FROM_STATES.delete, state)) actions.push('delete');

  return actions;
}

/**
 * The actions for one signer that apply now, while the package is out for signature: a new
 * link for anyone (a signer who is done still reads their signed copies with it), a reminder
 * for whoever has something left to sign. Signers of an in-person package sign on the
 * owner's device, so they get neither.
 */
export function signerActionsNow(
  facts: { package: PackageClockFacts; revisions: readonly RevisionFacts[] },
  signerId: string,
  now: Date,
): SignerAction[] {
  if (effectivePackageState(facts.package, now) !== 'open') return [];
  if (facts.package.type === 'Live Session') return [];

  const own = facts.revisions.filter((revision) => revision.signerId === signerId);
  if (own.length === 0) return [];

  const waiting = own.some((revision) => !revision.signedAt);

  return waiting ? ['remind', 'new-link'] : ['new-link'];
}

/** What the package page says after an action went through. */
export const OWNER_NOTICES = {
  sent: 'Sent for signature. Each signer has been emailed their invitation.',
  reminded: 'Reminder sent: an email with their signing link is on its way.',
  extended: `Deadline extended by ${EXTEND_DAYS} days. The package is out for signature.`,
  rescinded: 'The package is cancelled. Its signers can no longer sign it.',
  deleted: 'The package was deleted.',
} as const;

export type OwnerNotice = keyof typeof OWNER_NOTICES;

/** Why an action was refused, as the package page explains it. Nothing was changed. */
export const OWNER_PROBLEMS = {
  'recently-notified':
    'No reminder sent: this signer was emailed less than 12 hours ago. Try again later.',
  'signed-everything': 'No reminder sent: this signer has already signed everything.',
  'wrong-state':
    'Nothing was changed: the package has changed since the page was loaded, and that action ' +
    'no longer applies. This is how it is now.',
  'deadline-passed':
    'Not sent: the deadline of this draft has passed. A package is sent with a deadline ahead.',
  incomplete: 'Not sent: a package needs at least one document and one signer.',
  'no-meeting': 'Not sent: a video signing room needs its meeting time.',
  'shared-email': 'Not sent: two signers share an email address; each needs their own.',
  'message-too-long': `Not cancelled: the message can be at most ${RESCIND_MESSAGE_MAX_LENGTH.toLocaleString('en')} characters.`,
} as const;

export type OwnerProblem = keyof typeof OWNER_PROBLEMS;

export function isOwnerNotice(value: unknown): value is OwnerNotice {
  return typeof value === 'string' && Object.hasOwn(OWNER_NOTICES, value);
}

export function isOwnerProblem(value: unknown): value is OwnerProblem {
  return typeof value === 'string' && Object.hasOwn(OWNER_PROBLEMS, value);
}

/** The dashboard's paths for a package's actions. */
export const ownerActionPaths = {
  package: (packageId: string) => `/dashboard/packages/${encodeURIComponent(packageId)}`,
  confirm: (packageId: string, action: OwnerAction, signerId?: string) =>
    `${ownerActionPaths.package(packageId)}/confirm/${action}` +
    (signerId ? `?signer=${encodeURIComponent(signerId)}` : ''),
  post: (packageId: string, action: OwnerAction | 'forget-link') =>
    `${ownerActionPaths.package(packageId)}/actions/${action}`,
  newLink: (packageId: string) => `${ownerActionPaths.package(packageId)}/new-link`,
};
