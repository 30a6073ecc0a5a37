import type { Kysely } from 'kysely';

import type { Database, PackageTable } from '@/lib/db/schema';

/** A package of an organization with everything its status is derived from. */
export interface PackageFacts {
  pkg: PackageTable;
  documents: {
    id: string;
    file_id: string;
    external_id: string | null;
    name: string;
    file_name: string;
    sort_order: number;
  }[];
  signers: {
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    mobile_number: string | null;
    sort_order: number;
  }[];
  revisions: { id: string; document_id: string; signer_id: string; signed_at: string | null }[];
  /** The working (not retired) link of each signer that has one. */
  links: { id: string; signer_id: string; token_salt: string; time_expires: string }[];
}

/**
 * Loads a package of the given organization with its documents, signers, revisions and
 * working links, or null when that organization has no such package: a package of another
 * organization is not found, so its existence is never revealed.
 */
export async function loadPackageFacts(
  db: Kysely<Database>,
  organizationId: string,
  packageId: string,
): Promise<PackageFacts | null> {
  const pkg = await db
    .selectFrom('packages')
    .selectAll()
    .where('id', '=', packageId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!pkg) return null;

  const [documents, signers, revisions, links] = await Promise.all([
    db
      .selectFrom('documents')
      .select(['id', 'file_id', 'external_id', 'name', 'file_name', 'sort_order'])
      .where('package_id', '=', packageId)
      .orderBy('sort_order')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('signers')
      .select(['id', 'first_name', 'last_name', 'email', 'mobile_number', 'sort_order'])
      .where('package_id', '=', packageId)
      .orderBy('sort_order')
      .orderBy('created_at')
      .orderBy('email')
      .execute(),
    db
      .selectFrom('revisions')
      .select(['id', 'document_id', 'signer_id', 'signed_at'])
      .where('package_id', '=', packageId)
      .execute(),
    db
      .selectFrom('signing_links')
      .select(['id', 'signer_id', 'token_salt', 'time_expires'])
      .where('package_id', '=', packageId)
      .where('revoked_at', 'is', null)
      .execute(),
  ]);

  return {
    pkg,
    documents: documents.map((row) => ({ ...row, sort_order: Number(row.sort_order) })),
    signers: signers.map((row) => ({ ...row, sort_order: Number(row.sort_order) })),
    revisions,
    links,
  };
}
