import { effectivePackageState, isLinkExpired, type PackageClockFacts } from './deadlines';
import {
  currentTurnOrder,
  isDocumentExecuted,
  nextRevisionIds,
  type RevisionFacts,
  type SignerFacts,
} from './turns';

export interface SignerPersonFacts extends SignerFacts {
  firstName: string;
  lastName: string;
}

export interface DocumentFacts {
  documentId: string;
  name: string;
  order: number;
}

/** Everything the signer page knows, as loaded for one signing link. */
export interface SigningLinkFacts {
  package: PackageClockFacts;
  /** The signer the link belongs to. */
  signerId: string;
  /** ISO instant at which the link stops working. */
  linkTimeExpires: string;
  signers: readonly SignerPersonFacts[];
  documents: readonly DocumentFacts[];
  revisions: readonly RevisionFacts[];
}

/**
 * Which page a signing link opens. Ordered by what a signer most needs to know: a cancelled or
 * expired package makes a fresh link pointless, so those come before an expired link.
 */
export type SigningLinkOutcome =
  | 'rescinded'
  | 'package_expired'
  | 'not_sent'
  | 'link_expired'
  | 'executed'
  | 'open'
  | 'unknown_state';

/**
 * The HTTP status of the page each outcome opens: 410 Gone where the link can never be used
 * to sign again, 200 where the page is the signer's to read.
 */
export const OUTCOME_STATUS: Record<SigningLinkOutcome, 200 | 410> = {
  rescinded: 410,
  package_expired: 410,
  link_expired: 410,
  not_sent: 200,
  executed: 200,
  open: 200,
  unknown_state: 200,
};

/** Where one of the signer's documents stands for them, and why they cannot sign it yet. */
export type RevisionStanding =
  | { kind: 'signed'; signedAt: string }
  | { kind: 'your_turn' }
  | { kind: 'waiting'; waitingFor: SignerPosition[] }
  | { kind: 'meeting_not_started'; meetingTimeStart: string }
  | { kind: 'in_person' }
  | { kind: 'closed' };

/** A signer named with their place in the signing order ("2 of 3"). */
export interface SignerPosition {
  signerId: string;
  name: string;
  position: number;
  of: number;
}

export interface SignerDocumentView {
  documentId: string;
  revisionId: string;
  name: string;
  standing: RevisionStanding;
}

/** The page a signing link opens, decided from the stored facts and the clock. */
export function signingLinkOutcome(
  facts: Pick<SigningLinkFacts, 'package' | 'linkTimeExpires'>,
  now: Date,
): SigningLinkOutcome {
  const state = effectivePackageState(facts.package, now);

  if (state === 'rescinded') return 'rescinded';
  if (state === 'expired') return 'package_expired';
  if (state === 'draft') return 'not_sent';
  if (isLinkExpired(facts.linkTimeExpires, now)) return 'link_expired';
  if (state === 'executed') return 'executed';
  if (state === 'open') return 'open';

  // `select` and `add` never reach a signer (the data layer hides them); anything else is a
  // state this version does not know yet, shown as "Unknown" rather than guessed at.
  return 'unknown_state';
}

/** The signer's documents in order, each with where it stands for them now. */
export function signerDocuments(facts: SigningLinkFacts, now: Date): SignerDocumentView[] {
  const next = nextRevisionIds(facts.package, facts.signers, facts.revisions, now);
  const positions = signerPositions(facts.signers);
  const documents = [...facts.documents].sort((a, b) => a.order - b.order);

  return documents.flatMap((document) => {
    const revision = facts.revisions.find(
      (candidate) =>
        candidate.documentId === document.documentId && candidate.signerId === facts.signerId,
    );
    if (!revision) return [];

    return [
      {
        documentId: document.documentId,
        revisionId: revision.revisionId,
        name: document.name,
        standing: revisionStanding(facts, revision, next, positions, now),
      },
    ];
  });
}

function revisionStanding(
  facts: SigningLinkFacts,
  revision: RevisionFacts,
  next: Set<string>,
  positions: Map<string, SignerPosition>,
  now: Date,
): RevisionStanding {
  if (revision.signedAt) return { kind: 'signed', signedAt: revision.signedAt };

  if (effectivePackageState(facts.package, now) !== 'open') return { kind: 'closed' };

  if (isLinkExpired(facts.linkTimeExpires, now)) return { kind: 'closed' };

  if (facts.package.type === 'Live Session') return { kind: 'in_person' };

  if (next.has(revision.revisionId)) return { kind: 'your_turn' };

  const { meetingTimeStart } = facts.package;
  if (facts.package.type === 'video_closing_room' && meetingTimeStart) {
    return { kind: 'meeting_not_started', meetingTimeStart };
  }

  const waitingFor = signersWhoseTurnItIs(facts).flatMap((signerId) => {
    const position = positions.get(signerId);

    return position ? [position] : [];
  });

  return waitingFor.length > 0 ? { kind: 'waiting', waitingFor } : { kind: 'closed' };
}

/** The facts of a package itself, whoever looks at it. */
export type PackageFacts = Pick<
  SigningLinkFacts,
  'package' | 'signers' | 'documents' | 'revisions'
>;

/** The signers holding the turn in an ordered package: the lowest order with work left. */
function signersWhoseTurnItIs(facts: PackageFacts): string[] {
  const unsigned = facts.revisions.filter((revision) => revision.signedAt === null);
  const turnOrder = currentTurnOrder(facts.signers, unsigned);
  const waiting = new Set(unsigned.map((revision) => revision.signerId));

  return facts.signers
    .filter((signer) => signer.order === turnOrder && waiting.has(signer.signerId))
    .map((signer) => signer.signerId);
}

/** Each signer's 1-based place in the signing order, ties kept in the order given. */
export function signerPositions(
  signers: readonly SignerPersonFacts[],
): Map<string, SignerPosition> {
  const ordered = [...signers].sort((a, b) => a.order - b.order);

  return new Map(
    ordered.map((signer, index) => [
      signer.signerId,
      {
        signerId: signer.signerId,
        name: signerName(signer),
        position: index + 1,
        of: ordered.length,
      },
    ]),
  );
}

/** A signer's name as they gave it; either part may be empty. */
export function signerName(signer: { firstName: string; lastName: string }): string {
  return [signer.firstName, signer.lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** One signer's progress through a package, for the signing order a signer is shown. */
export interface SignerProgress extends SignerPosition {
  signed: number;
  total: number;
  /** True for the signers holding the turn in an ordered package. */
  holdsTurn: boolean;
}

/** Every signer in order with how many of their revisions are signed. */
export function signingProgress(facts: PackageFacts, now: Date): SignerProgress[] {
  const open = effectivePackageState(facts.package, now) === 'open';
  const turn = new Set(open ? signersWhoseTurnItIs(facts) : []);

  return [...signerPositions(facts.signers).values()].map((position) => {
    const own = facts.revisions.filter((revision) => revision.signerId === position.signerId);

    return {
      ...position,
      signed: own.filter((revision) => revision.signedAt !== null).length,
      total: own.length,
      holdsTurn: turn.has(position.signerId),
    };
  });
}

/**
 * Whether the signer can download the signed PDF of a document: their own copy once they have
 * signed it in a Group Send, otherwise the shared document once everyone has signed it.
 */
export function signedCopyReady(facts: SigningLinkFacts, documentId: string): boolean {
  const revisions = facts.revisions.filter((revision) => revision.documentId === documentId);

  if (facts.package.type === 'Counterpart') {
    return revisions.some((revision) => revision.signerId === facts.signerId && revision.signedAt);
  }

  return isDocumentExecuted(revisions);
}
