import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import type { RevisionFacts } from '@/lib/domain/turns';

import {
  loadOwnerPackage,
  type AuditTrailEntry,
  type OwnerPackageView,
} from './load-owner-package';
import {
  packageProgress,
  revisionMatrix,
  type OwnerSignerFacts,
  type PackageProgress,
  type RevisionCell,
} from './package-progress';

/**
 * The parts of the package page that change while signers sign: progress, the matrix, the
 * signers and the audit trail. Plain data, so the page can refresh it as JSON.
 */
export interface PackageLiveView {
  /** The instant the data was read, ISO 8601 in UTC; relative times are counted from it. */
  now: string;
  progress: PackageProgress;
  documents: { documentId: string; name: string }[];
  /** In signing order. */
  signers: OwnerSignerFacts[];
  revisions: RevisionFacts[];
  /** One row per document, one cell per signer in signing order. */
  rows: { documentId: string; cells: RevisionCell[] }[];
  /** Oldest first; the user agent is left out, since the page does not show it. */
  auditTrail: Omit<AuditTrailEntry, 'userAgent'>[];
}

/** What the package page shows live of a package loaded for its owner. */
export function packageLiveView(view: OwnerPackageView, now: Date): PackageLiveView {
  const documents = view.documents.map(({ documentId, name }) => ({ documentId, name }));
  const { rows } = revisionMatrix(
    view,
    documents.map((document) => document.documentId),
    now,
  );

  return {
    now: now.toISOString(),
    progress: packageProgress(view, now),
    documents,
    signers: [...view.signers].sort((a, b) => a.order - b.order),
    revisions: [...view.revisions],
    rows,
    auditTrail: view.auditTrail.map((entry) => ({
      id: entry.id,
      action: entry.action,
      occurredAt: entry.occurredAt,
      signerId: entry.signerId,
      memberName: entry.memberName,
      ipAddress: entry.ipAddress,
    })),
  };
}

/**
 * The live parts of one package of the member's organization, or null when that organization
 * has no package with the id.
 */
export async function loadPackageLiveView(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
  now: Date,
): Promise<PackageLiveView | null> {
  const view = await loadOwnerPackage(db, organizationId, packageId);

  return view ? packageLiveView(view, now) : null;
}
