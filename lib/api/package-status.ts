import { effectivePackageState } from '@/lib/domain/deadlines';
import { isDocumentExecuted, nextRevisionIds } from '@/lib/domain/turns';
import type { PackageFacts } from '@/lib/packages/load-package-facts';
import { deriveSigningToken } from '@/lib/tokens/signing-token';

import { formatApiInstant } from './api-time';
import {
  ZPackage,
  ZPackageStatus,
  type TPackage,
  type TPackageStatus,
} from './schemas/package-output';

/** How a status is shown: when, to which client version, and how links are made. */
export interface StatusView {
  now: Date;
  apiVersion: string | null;
  secret: string;
  /** The portal's public address, without a trailing slash. */
  baseUrl: string;
}

/**
 * The state a client sees: the effective state now (an open package past its deadline is
 * expired), and for clients of API version 3.6, which predate them, executed and expired read
 * as open.
 */
export function apiPackageState(
  pkg: PackageFacts['pkg'],
  view: Pick<StatusView, 'now' | 'apiVersion'>,
): string {
  const state = effectivePackageState(clockFacts(pkg), view.now);

  if (view.apiVersion === '3.6' && (state === 'executed' || state === 'expired')) return 'open';

  return state;
}

export function clockFacts(pkg: PackageFacts['pkg']) {
  return {
    type: pkg.type,
    state: pkg.state,
    timeSignBy: pkg.time_sign_by,
    meetingTimeStart: pkg.meeting_time_start,
  };
}

/** The status object of API.md for a package, with links only when it generates them. */
export function toPackageStatus(facts: PackageFacts, view: StatusView): TPackageStatus {
  const { pkg } = facts;
  const next = nextRevisionIds(
    clockFacts(pkg),
    facts.signers.map((signer) => ({ signerId: signer.id, order: signer.sort_order })),
    facts.revisions.map((revision) => ({
      revisionId: revision.id,
      documentId: revision.document_id,
      signerId: revision.signer_id,
      signedAt: revision.signed_at,
    })),
    view.now,
  );

  const showLinks = pkg.generate_signer_links === 1;
  const linkBySigner = new Map(
    facts.links.map((link) => {
      const token = deriveSigningToken(view.secret, link.id, link.token_salt);

      return [link.signer_id, { token, url: `${view.baseUrl}/sign/${token}`, link }];
    }),
  );
  const documentName = new Map(facts.documents.map((document) => [document.id, document.name]));
  const revisionsOf = (documentId: string) =>
    facts.revisions.filter((revision) => revision.document_id === documentId);

  const documents = facts.documents.map((document) => {
    const revisions = revisionsOf(document.id).map((revision) => ({
      packageId: pkg.id,
      documentId: document.id,
      revisionId: revision.id,
      signerId: revision.signer_id,
      link: showLinks ? (linkBySigner.get(revision.signer_id)?.url ?? null) : null,
      isNext: next.has(revision.id),
      isSigned: revision.signed_at !== null,
    }));

    return {
      packageId: pkg.id,
      documentId: document.id,
      fileId: document.file_id,
      externalId: document.external_id,
      name: document.name,
      fileName: document.file_name,
      order: document.sort_order,
      isExecuted: isDocumentExecuted(
        revisions.map((revision) => ({ ...revision, signedAt: revision.isSigned ? 'yes' : null })),
      ),
      revisions,
    };
  });

  const signers = facts.signers.map((signer) => {
    const issued = showLinks ? linkBySigner.get(signer.id) : undefined;
    const links = issued
      ? facts.revisions
          .filter((revision) => revision.signer_id === signer.id)
          .map((revision) => ({
            token: issued.token,
            packageId: pkg.id,
            documentId: revision.document_id,
            revisionId: revision.id,
            name: documentName.get(revision.document_id) ?? '',
            link: issued.url,
            timeExpires: formatApiInstant(issued.link.time_expires),
            type: 'package_sign' as const,
            isNext: next.has(revision.id),
            isSigned: revision.signed_at !== null,
          }))
      : [];

    return {
      signerId: signer.id,
      firstName: signer.first_name,
      lastName: signer.last_name,
      email: signer.email,
      mobileNumber: signer.mobile_number,
      order: signer.sort_order,
      links,
    };
  });

  return ZPackageStatus.parse({
    packageId: pkg.id,
    organizationId: pkg.organization_id,
    memberId: pkg.member_id,
    name: pkg.name,
    timeSignBy: formatApiInstant(pkg.time_sign_by),
    type: pkg.type,
    state: apiPackageState(pkg, view),
    externalData: parseExternalData(pkg.external_data),
    isExecuted: documents.length > 0 && documents.every((document) => document.isExecuted),
    documents,
    signers,
  });
}

/** The full package: its status object and the rest of what it holds. */
export function toApiPackage(facts: PackageFacts, view: StatusView): TPackage {
  const { pkg } = facts;

  return ZPackage.parse({
    ...toPackageStatus(facts, view),
    timeZone: pkg.time_zone,
    locale: pkg.locale,
    generateSignerLinks: pkg.generate_signer_links === 1,
    meeting: pkg.meeting_time_start
      ? {
          timeStart: formatApiInstant(pkg.meeting_time_start),
          duration: pkg.meeting_duration ?? 'PT1H',
          isPrivate: pkg.meeting_is_private === 1,
        }
      : null,
    rescindMessage: pkg.rescind_message,
    timeCreated: formatApiInstant(pkg.created_at),
    timeUpdated: formatApiInstant(pkg.updated_at),
    timeSent: formatApiInstant(pkg.sent_at),
    timeExecuted: formatApiInstant(pkg.executed_at),
  });
}

/** Stored external data is JSON text written by the API; anything else reads as none. */
export function parseExternalData(text: string | null): Record<string, unknown> | null {
  if (!text) return null;

  try {
    const value: unknown = JSON.parse(text);

    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
