import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { signerName } from '@/lib/domain/signer-view';

/** What happened, in the words a certificate of completion uses. */
const ACTION_LABELS: Record<string, string> = {
  package_created: 'Package created',
  consent_given: 'Agreed to sign electronically',
  document_viewed: 'Opened the document',
  revision_signed: 'Signed',
  document_executed: 'Document completed',
  package_executed: 'Package completed',
  package_declined: 'Declined to sign',
};

/**
 * Everything a certificate of completion states about a package: its documents with their
 * original and final SHA-256, its signers, and every audit event in order.
 */
export async function loadCertificateFacts(db: Kysely<Database>, packageId: string) {
  const [pkg, documents, signers, events] = await Promise.all([
    db
      .selectFrom('packages as p')
      .innerJoin('organizations as o', 'o.id', 'p.organization_id')
      .select(['p.id', 'p.name', 'p.executed_at', 'o.name as organizationName'])
      .where('p.id', '=', packageId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('documents as d')
      .innerJoin('files as original', 'original.id', 'd.file_id')
      .leftJoin('files as final', 'final.id', 'd.current_file_id')
      .select([
        'd.id',
        'd.name',
        'original.sha256 as originalSha256',
        'original.page_count as pageCount',
        'final.sha256 as finalSha256',
      ])
      .where('d.package_id', '=', packageId)
      .orderBy('d.sort_order')
      .execute(),
    db
      .selectFrom('signers')
      .select(['id', 'first_name', 'last_name', 'email', 'sort_order'])
      .where('package_id', '=', packageId)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('audit_events as e')
      .leftJoin('members as m', 'm.id', 'e.member_id')
      .select([
        'e.occurred_at',
        'e.action',
        'e.signer_id',
        'e.ip_address',
        'e.user_agent',
        'e.details',
        'm.name as memberName',
      ])
      .where('e.package_id', '=', packageId)
      .orderBy('e.occurred_at')
      .orderBy('e.id')
      .execute(),
  ]);

  const names = new Map(
    signers.map((signer) => [
      signer.id,
      signerName({
        firstName: signer.first_name,
        lastName: signer.last_name,
      }),
    ]),
  );

  const documentNames = new Map(documents.map((document) => [document.id, document.name]));

  return {
    organizationName: pkg.organizationName,
    packageName: pkg.name,
    packageId: pkg.id,
    completedAt: pkg.executed_at,
    documents: documents.map((document) => ({
      name: document.name,
      originalSha256: document.originalSha256,
      finalSha256: document.finalSha256,
      pageCount: Number(document.pageCount),
    })),
    signers: signers.map((signer) => ({
      name: names.get(signer.id) ?? '',
      email: signer.email,
      order: Number(signer.sort_order),
    })),
    events: events.map((event) => ({
      occurredAt: event.occurred_at,
      action: describeAction(event.action, event.details, documentNames),
      actor: (event.signer_id && names.get(event.signer_id)) || event.memberName || 'The portal',
      ipAddress: event.ip_address,
      userAgent: event.user_agent,
    })),
  };
}

/** "Signed “Lease” (in person)": what happened, to which document, and how. */
function describeAction(
  action: string,
  details: string | null,
  documentNames: Map<string, string>,
): string {
  const label = ACTION_LABELS[action] ?? action;
  const parsed = details ? (JSON.parse(details) as Record<string, unknown>) : {};
  const document =
    typeof parsed.documentId === 'string' ? documentNames.get(parsed.documentId) : undefined;
  const described = document ? `${label} “${document}”` : label;

  return parsed.inPerson ? `${described} (in person)` : described;
}
