import {
  effectivePackageState,
  isLinkExpired,
  isPastDeadline,
  packageDeadline,
  type PackageClockFacts,
} from '@/lib/domain/deadlines';
import { signerName, type SignerPersonFacts } from '@/lib/domain/signer-view';
import { nextRevisionIds, type RevisionFacts } from '@/lib/domain/turns';

/** A signer as the owner sees them: with contact details and their current link's expiry. */
export interface OwnerSignerFacts extends SignerPersonFacts {
  email: string;
  mobileNumber: string | null;
  /** When the signer's working link stops working; null when they have none. */
  linkTimeExpires: string | null;
}

/** What the owner's views know about one package. */
export interface OwnerPackageFacts {
  package: PackageClockFacts;
  signers: readonly OwnerSignerFacts[];
  revisions: readonly RevisionFacts[];
}

/** Whose turn it is: named signers, a meeting still to come, or nobody's. */
export type PackageTurn =
  | { kind: 'signers'; names: string[]; inPerson: boolean }
  | { kind: 'meeting'; meetingTimeStart: string }
  | { kind: 'none' };

export interface PackageProgress {
  /** The state now: an open package past its deadline is expired. */
  state: string;
  signed: number;
  total: number;
  turn: PackageTurn;
  /** ISO instant after which the package can no longer be signed, or null. */
  deadline: string | null;
  /** The deadline passed before everyone signed. */
  overdue: boolean;
  /** Signers who still have to sign but whose link no longer works, in signing order. */
  expiredLinks: string[];
}

/** States in which a passed deadline no longer matters. */
const SETTLED_STATES = new Set(['executed', 'rescinded']);

function bySigningOrder<T extends { order: number }>(signers: readonly T[]): T[] {
  return [...signers].sort((a, b) => a.order - b.order);
}

/** The signers whose link has expired while they still have something to sign. */
function signersWithExpiredLinks(facts: OwnerPackageFacts, now: Date): Set<string> {
  if (effectivePackageState(facts.package, now) !== 'open') return new Set();
  if (facts.package.type === 'Live Session') return new Set();

  const unsigned = new Set(
    facts.revisions.filter((revision) => !revision.signedAt).map((revision) => revision.signerId),
  );

  return new Set(
    facts.signers
      .filter((signer) => unsigned.has(signer.signerId))
      .filter((signer) => signer.linkTimeExpires && isLinkExpired(signer.linkTimeExpires, now))
      .map((signer) => signer.signerId),
  );
}

function packageTurn(facts: OwnerPackageFacts, next: Set<string>, now: Date): PackageTurn {
  const { package: pkg } = facts;
  const holding = new Set(
    facts.revisions
      .filter((revision) => next.has(revision.revisionId))
      .map((revision) => revision.signerId),
  );
  const names = bySigningOrder(facts.signers)
    .filter((signer) => holding.has(signer.signerId))
    .map(signerName);

  if (names.length > 0) return { kind: 'signers', names, inPerson: pkg.type === 'Live Session' };

  const waitingForMeeting =
    pkg.type === 'video_closing_room' &&
    pkg.meetingTimeStart !== null &&
    effectivePackageState(pkg, now) === 'open' &&
    now.getTime() < Date.parse(pkg.meetingTimeStart);

  return waitingForMeeting && pkg.meetingTimeStart
    ? { kind: 'meeting', meetingTimeStart: pkg.meetingTimeStart }
    : { kind: 'none' };
}

/**
 * Where a package stands for its owner at a glance: its state now, signatures made of all,
 * whose turn it is, its deadline, and what needs attention.
 */
export function packageProgress(facts: OwnerPackageFacts, now: Date): PackageProgress {
  const state = effectivePackageState(facts.package, now);
  const next = nextRevisionIds(facts.package, facts.signers, facts.revisions, now);
  const expired = signersWithExpiredLinks(facts, now);
  const deadline = packageDeadline(facts.package);

  return {
    state,
    signed: facts.revisions.filter((revision) => revision.signedAt).length,
    total: facts.revisions.length,
    turn: packageTurn(facts, next, now),
    deadline: deadline ? deadline.toISOString() : null,
    overdue: isPastDeadline(facts.package, now) && !SETTLED_STATES.has(state),
    expiredLinks: bySigningOrder(facts.signers)
      .filter((signer) => expired.has(signer.signerId))
      .map(signerName),
  };
}

/** Where one revision (one signer on one document) stands, for a cell of the matrix. */
export type RevisionCell =
  | { kind: 'signed'; signedAt: string }
  | { kind: 'next'; inPerson: boolean }
  | { kind: 'link_expired'; timeExpires: string }
  | { kind: 'waiting' }
  | { kind: 'not_signed' }
  | { kind: 'none' };

/**
 * The matrix of a package: for each document (rows, in the order given) and each signer
 * (columns, in signing order), where that revision stands now.
 */
export function revisionMatrix(
  facts: OwnerPackageFacts,
  documentIds: readonly string[],
  now: Date,
): { signerIds: string[]; rows: { documentId: string; cells: RevisionCell[] }[] } {
  const open = effectivePackageState(facts.package, now) === 'open';
  const next = nextRevisionIds(facts.package, facts.signers, facts.revisions, now);
  const expired = signersWithExpiredLinks(facts, now);
  const signers = bySigningOrder(facts.signers);
  const inPerson = facts.package.type === 'Live Session';

  const cell = (documentId: string, signer: OwnerSignerFacts): RevisionCell => {
    const revision = facts.revisions.find(
      (candidate) => candidate.documentId === documentId && candidate.signerId === signer.signerId,
    );

    if (!revision) return { kind: 'none' };
    if (revision.signedAt) return { kind: 'signed', signedAt: revision.signedAt };
    if (!open) return { kind: 'not_signed' };
    if (expired.has(signer.signerId) && signer.linkTimeExpires) {
      return { kind: 'link_expired', timeExpires: signer.linkTimeExpires };
    }
    if (next.has(revision.revisionId)) return { kind: 'next', inPerson };

    return { kind: 'waiting' };
  };

  return {
    signerIds: signers.map((signer) => signer.signerId),
    rows: documentIds.map((documentId) => ({
      documentId,
      cells: signers.map((signer) => cell(documentId, signer)),
    })),
  };
}
