import type { PortalDatabase } from '@/lib/db/engine';
import type { RevisionFacts } from '@/lib/domain/turns';

import { PAGE_SIZE, type PackageListFilters } from './package-list-filters';
import { inListedState, listClock, organizationPackages, sortOrder } from './package-list-query';
import {
  packageProgress,
  type OwnerPackageFacts,
  type OwnerSignerFacts,
  type PackageProgress,
} from './package-progress';

/** One package of the owner's list, with where it stands now. */
export interface PackageListItem extends PackageProgress {
  packageId: string;
  name: string;
  type: string;
  createdAt: string;
}

/**
 * One page of the organization's packages under the list's filters, each with its progress,
 * whose turn it is and what needs attention. One query: the page of packages is picked in a
 * common table expression, then joined to its revisions and signers.
 */
export async function listPackages(
  database: PortalDatabase,
  organizationId: string,
  filters: PackageListFilters,
  now: Date,
): Promise<PackageListItem[]> {
  const { db, dialect } = database;
  const clock = listClock(now);

  let page = organizationPackages(database, organizationId, filters)
    .select([
      'p.id',
      'p.name',
      'p.type',
      'p.state',
      'p.time_sign_by',
      'p.meeting_time_start',
      'p.created_at',
    ])
    .limit(PAGE_SIZE)
    .offset((filters.page - 1) * PAGE_SIZE);

  const state = filters.state;
  if (state) page = page.where((eb) => inListedState(eb, state, clock));
  for (const [column, direction] of sortOrder(filters.sort, dialect, 'p')) {
    page = page.orderBy(column, direction);
  }

  let query = db
    .with('page', () => page)
    .selectFrom('page')
    .leftJoin('revisions as r', 'r.package_id', 'page.id')
    .leftJoin('signers as s', 's.id', 'r.signer_id')
    .select((eb) => [
      'page.id as packageId',
      'page.name',
      'page.type',
      'page.state',
      'page.time_sign_by as timeSignBy',
      'page.meeting_time_start as meetingTimeStart',
      'page.created_at as createdAt',
      'r.id as revisionId',
      'r.document_id as documentId',
      'r.signed_at as signedAt',
      's.id as signerId',
      's.first_name as firstName',
      's.last_name as lastName',
      's.email',
      's.mobile_number as mobileNumber',
      's.sort_order as signerOrder',
      eb
        .selectFrom('signing_links as l')
        .select((link) => link.fn.max('l.time_expires').as('timeExpires'))
        .whereRef('l.signer_id', '=', 's.id')
        .where('l.revoked_at', 'is', null)
        .as('linkTimeExpires'),
    ]);
  for (const [column, direction] of sortOrder(filters.sort, dialect, 'page')) {
    query = query.orderBy(column, direction);
  }

  const rows = await query.execute();
  const packages = new Map<string, CollectedPackage>();

  for (const row of rows) {
    let entry = packages.get(row.packageId);
    if (!entry) {
      entry = {
        item: {
          packageId: row.packageId,
          name: row.name,
          type: row.type,
          createdAt: row.createdAt,
        },
        package: {
          type: row.type,
          state: row.state,
          timeSignBy: row.timeSignBy,
          meetingTimeStart: row.meetingTimeStart,
        },
        signers: new Map(),
        revisions: [],
      };
      packages.set(row.packageId, entry);
    }

    if (!row.revisionId || !row.documentId || !row.signerId) continue;

    entry.revisions.push({
      revisionId: row.revisionId,
      documentId: row.documentId,
      signerId: row.signerId,
      signedAt: row.signedAt,
    });
    entry.signers.set(row.signerId, {
      signerId: row.signerId,
      firstName: row.firstName ?? '',
      lastName: row.lastName ?? '',
      email: row.email ?? '',
      mobileNumber: row.mobileNumber,
      order: Number(row.signerOrder),
      linkTimeExpires: row.linkTimeExpires ?? null,
    });
  }

  return [...packages.values()].map((entry) => ({
    ...entry.item,
    ...packageProgress({ ...entry, signers: [...entry.signers.values()] }, now),
  }));
}

interface CollectedPackage {
  item: Omit<PackageListItem, keyof PackageProgress>;
  package: OwnerPackageFacts['package'];
  signers: Map<string, OwnerSignerFacts>;
  revisions: RevisionFacts[];
}
