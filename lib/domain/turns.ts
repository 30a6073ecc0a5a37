import { effectivePackageState, type PackageClockFacts } from './deadlines';

/** One revision: one signer's signature on one document. */
export interface RevisionFacts {
  revisionId: string;
  documentId: string;
  signerId: string;
  /** ISO instant of the signature, or null while unsigned. */
  signedAt: string | null;
}

export interface SignerFacts {
  signerId: string;
  order: number;
}

/**
 * The revisions that their signers may sign now (`isNext` in the package API).
 *
 * - `Sequential` and `Live Session`: the unsigned revisions of the lowest-order signer who still
 *   has any. Signers who share an order sign side by side.
 * - `concurrent` and `Counterpart`: every unsigned revision.
 * - `video_closing_room`: every unsigned revision, once the meeting has started.
 * - Any type this version does not know: nothing, since its rules are not known.
 *
 * Nothing is next unless the package is open now (an expired deadline closes it).
 */
export function nextRevisionIds(
  pkg: PackageClockFacts,
  signers: readonly SignerFacts[],
  revisions: readonly RevisionFacts[],
  now: Date,
): Set<string> {
  if (effectivePackageState(pkg, now) !== 'open') return new Set();

  const unsigned = revisions.filter((revision) => revision.signedAt === null);

  switch (pkg.type) {
    case 'concurrent':
    case 'Counterpart':
      return new Set(unsigned.map((revision) => revision.revisionId));

    case 'video_closing_room': {
      const started =
        pkg.meetingTimeStart !== null && now.getTime() >= Date.parse(pkg.meetingTimeStart);

      return new Set(started ? unsigned.map((revision) => revision.revisionId) : []);
    }

    case 'Sequential':
    case 'Live Session': {
      const turnOrder = currentTurnOrder(signers, unsigned);
      if (turnOrder === null) return new Set();

      const orderBySigner = new Map(signers.map((signer) => [signer.signerId, signer.order]));

      return new Set(
        unsigned
          .filter((revision) => orderBySigner.get(revision.signerId) === turnOrder)
          .map((revision) => revision.revisionId),
      );
    }

    default:
      return new Set();
  }
}

/** The lowest `order` among signers who still have an unsigned revision, or null. */
export function currentTurnOrder(
  signers: readonly SignerFacts[],
  unsignedRevisions: readonly RevisionFacts[],
): number | null {
  const waitingSigners = new Set(unsignedRevisions.map((revision) => revision.signerId));
  const orders = signers
    .filter((signer) => waitingSigners.has(signer.signerId))
    .map((signer) => signer.order);

  return orders.length === 0 ? null : Math.min(...orders);
}

/** A document is executed when every one of its revisions is signed (and it has any). */
export function isDocumentExecuted(documentRevisions: readonly RevisionFacts[]): boolean {
  return documentRevisions.length > 0 && documentRevisions.every((revision) => revision.signedAt);
}

/** A package is executed when it has documents and every one of them is executed. */
export function isPackageExecuted(
  documentIds: readonly string[],
  revisions: readonly RevisionFacts[],
): boolean {
  return (
    documentIds.length > 0 &&
    documentIds.every((documentId) =>
      isDocumentExecuted(revisions.filter((revision) => revision.documentId === documentId)),
    )
  );
}
