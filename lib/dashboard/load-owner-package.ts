import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import type { DocumentFacts } from '@/lib/domain/signer-view';

import type { OwnerPackageFacts, OwnerSignerFacts } from './package-progress';

/** One entry of a package's audit trail, with who did it named. */
export interface AuditTrailEntry {
  id: number;
  action: string;
  occurredAt: string;
  signerId: string | null;
  memberName: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

/** Everything the owner's package page shows. */
export interface OwnerPackageView extends OwnerPackageFacts {
  packageId: string;
  name: string;
  createdAt: string;
  senderName: string | null;
  rescindMessage: string | null;
  declineReason: string | null;
  documents: (DocumentFacts & { fileName: string })[];
  signers: (OwnerSignerFacts & { lastNotifiedAt: string | null })[];
  auditTrail: AuditTrailEntry[];
}

/**
 * One package of the member's organization with its documents, signers (each with their
 * working link's expiry), revisions and audit trail. Null when no package of that organization
 * has the id, so another organization's package is not found rather than forbidden.
 */
export async function loadOwnerPackage(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
): Promise<OwnerPackageView | null> {
  const ownPackage = db
    .selectFrom('packages as p')
    .where('p.organization_id', '=', organizationId)
    .where('p.id', '=', packageId);

  const pkg = await ownPackage
    .leftJoin('members as m', 'm.id', 'p.member_id')
    .select([
      'p.id',
      'p.name',
      'p.type',
      'p.state',
      'p.time_sign_by as timeSignBy',
      'p.meeting_time_start as meetingTimeStart',
      'p.created_at as createdAt',
      'p.rescind_message as rescindMessage',
      'p.decline_reason as declineReason',
      'm.name as senderName',
    ])
    .executeTakeFirst();

  if (!pkg) return null;

  const [documents, signers, revisions, auditTrail] = await Promise.all([
    ownPackage
      .innerJoin('documents as d', 'd.package_id', 'p.id')
      .select(['d.id as documentId', 'd.name', 'd.file_name as fileName', 'd.sort_order as order'])
      .orderBy('d.sort_order')
      .execute(),
    ownPackage
      .innerJoin('signers as s', 's.package_id', 'p.id')
      .select((eb) => [
        's.id as signerId',
        's.first_name as firstName',
        's.last_name as lastName',
        's.email',
        's.mobile_number as mobileNumber',
        's.sort_order as order',
        's.last_notified_at as lastNotifiedAt',
        eb
          .selectFrom('signing_links as l')
          .select((link) => link.fn.max('l.time_expires').as('timeExpires'))
          .whereRef('l.signer_id', '=', 's.id')
          .where('l.revoked_at', 'is', null)
          .as('linkTimeExpires'),
      ])
      .orderBy('s.sort_order')
      .orderBy('s.created_at')
      .execute(),
    ownPackage
      .innerJoin('revisions as r', 'r.package_id', 'p.id')
      .select([
        'r.id as revisionId',
        'r.document_id as documentId',
        'r.signer_id as signerId',
        'r.signed_at as signedAt',
      ])
      .execute(),
    db
      .selectFrom('audit_events as e')
      .leftJoin('members as m', 'm.id', 'e.member_id')
      .select([
        'e.id',
        'e.action',
        'e.occurred_at as occurredAt',
        'e.signer_id as signerId',
        'm.name as memberName',
        'e.ip_address as ipAddress',
        'e.user_agent as userAgent',
      ])
      .where('e.organization_id', '=', organizationId)
      .where('e.package_id', '=', packageId)
      .orderBy('e.occurred_at')
      .orderBy('e.id')
      .execute(),
  ]);

  return {
    packageId: pkg.id,
    name: pkg.name,
    createdAt: pkg.createdAt,
    senderName: pkg.senderName,
    rescindMessage: pkg.rescindMessage,
    declineReason: pkg.declineReason,
    package: {
      type: pkg.type,
      state: pkg.state,
      timeSignBy: pkg.timeSignBy,
      meetingTimeStart: pkg.meetingTimeStart,
    },
    documents: documents.map((document) => ({ ...document, order: Number(document.order) })),
    signers: signers.map((signer) => ({
      ...signer,
      order: Number(signer.order),
      linkTimeExpires: signer.linkTimeExpires ?? null,
    })),
    revisions,
    auditTrail: auditTrail.map((entry) => ({ ...entry, id: Number(entry.id) })),
  };
}
