import { effectivePackageState, isLinkExpired } from './deadlines';
import type { SigningLinkFacts } from './signer-view';
import { nextRevisionIds } from './turns';

/** Why a signature is refused, in the order the server checks. */
export type SigningRefusal =
  'not_your_document' | 'package_not_open' | 'link_expired' | 'in_person_only' | 'not_your_turn';

export type SigningCheck =
  | { kind: 'allowed'; revisionId: string }
  | { kind: 'already_signed'; revisionId: string; signedAt: string }
  | { kind: 'refused'; reason: SigningRefusal };

export interface SigningCheckOptions {
  /** True when the signature is made in an in-person session hosted by the sender. */
  inPerson?: boolean;
}

/**
 * Whether the link's signer may sign one document now. A revision already signed answers
 * "already signed" before anything else, so that a retry or a second tab gets the same answer
 * as the first request, whatever has happened to the package since.
 */
export function checkSigning(
  facts: SigningLinkFacts,
  documentId: string,
  now: Date,
  options: SigningCheckOptions = {},
): SigningCheck {
  const revision = facts.revisions.find(
    (candidate) => candidate.documentId === documentId && candidate.signerId === facts.signerId,
  );

  if (!revision) return { kind: 'refused', reason: 'not_your_document' };

  if (revision.signedAt) {
    return { kind: 'already_signed', revisionId: revision.revisionId, signedAt: revision.signedAt };
  }

  if (effectivePackageState(facts.package, now) !== 'open') {
    return { kind: 'refused', reason: 'package_not_open' };
  }

  if (isLinkExpired(facts.linkTimeExpires, now)) return { kind: 'refused', reason: 'link_expired' };

  if (facts.package.type === 'Live Session' && !options.inPerson) {
    return { kind: 'refused', reason: 'in_person_only' };
  }

  const next = nextRevisionIds(facts.package, facts.signers, facts.revisions, now);
  if (!next.has(revision.revisionId)) return { kind: 'refused', reason: 'not_your_turn' };

  return { kind: 'allowed', revisionId: revision.revisionId };
}

/** A signer may decline while the package is open and they still have something to sign. */
export function mayDecline(facts: SigningLinkFacts, now: Date): boolean {
  const own = facts.revisions.filter((revision) => revision.signerId === facts.signerId);

  return (
    effectivePackageState(facts.package, now) === 'open' &&
    !isLinkExpired(facts.linkTimeExpires, now) &&
    own.some((revision) => revision.signedAt === null)
  );
}

/** What each refusal means to the signer, in one sentence they can act on. */
export const SIGNING_REFUSAL_MESSAGES: Record<SigningRefusal, string> = {
  not_your_document: 'This document is not one you were asked to sign.',
  package_not_open: 'This package can no longer be signed.',
  link_expired: 'Your signing link has expired. Ask the sender for a new one.',
  in_person_only: 'This package is signed in person, on the sender’s device.',
  not_your_turn: 'It is not your turn to sign yet. This link will work once it is.',
};
