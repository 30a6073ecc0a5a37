import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { DEFAULT_FILTERS } from './package-list-filters';
import { loadPackageListData } from './package-list-data';
import { loadPackageLiveView } from './package-live-view';

describe.each(testEngines())('live dashboard data on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-01T12:00:00.000Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function twoOrganizations() {
    const harbour = await seedOrganization(database.db, 'Harbour Lettings');
    const birch = await seedOrganization(database.db, 'Birch Homes');
    const harbourLease = await seedPackage(database.db, harbour, { name: 'Harbour lease' }, now);
    const birchLease = await seedPackage(database.db, birch, { name: 'Birch lease' }, now);

    return { harbour, birch, harbourLease, birchLease };
  }

  test('a package shows a signature made since the last read, in its matrix and counts', async () => {
    const { harbour, harbourLease } = await twoOrganizations();
    const before = await loadPackageLiveView(
      database.db,
      harbour.organizationId,
      harbourLease.packageId,
      now,
    );
    expect(before?.progress).toMatchObject({ signed: 0, total: 6, state: 'open' });
    expect(before?.rows[0]?.cells[0]).toEqual({ kind: 'next', inPerson: false });

    const signedAt = new Date(now.getTime() + 60_000).toISOString();
    await database.db
      .updateTable('revisions')
      .set({ signed_at: signedAt })
      .where('document_id', '=', harbourLease.documentIds[0]!)
      .where('signer_id', '=', harbourLease.signers[0]!.signerId)
      .execute();

    const after = await loadPackageLiveView(
      database.db,
      harbour.organizationId,
      harbourLease.packageId,
      new Date(now.getTime() + 120_000),
    );
    expect(after?.progress.signed).toBe(1);
    expect(after?.rows[0]?.cells[0]).toEqual({ kind: 'signed', signedAt });
    expect(after?.rows[1]?.cells[0]).toEqual({ kind: 'next', inPerson: false });
    expect(after?.now).toBe('2026-03-01T12:02:00.000Z');
  });

  test('the live data holds what the page shows and not the audit trail’s user agents', async () => {
    const { harbour, harbourLease } = await twoOrganizations();
    const live = await loadPackageLiveView(
      database.db,
      harbour.organizationId,
      harbourLease.packageId,
      now,
    );

    expect(live?.signers.map((signer) => signer.order)).toEqual([1, 2, 3]);
    expect(live?.documents.map((document) => document.name)).toEqual([
      'Residential lease',
      'Pet rider',
    ]);
    expect(live?.auditTrail.length).toBeGreaterThan(0);
    for (const entry of live?.auditTrail ?? []) expect(entry).not.toHaveProperty('userAgent');
  });

  test('another organization’s package is not found', async () => {
    const { harbour, birch, birchLease } = await twoOrganizations();

    expect(
      await loadPackageLiveView(database.db, harbour.organizationId, birchLease.packageId, now),
    ).toBeNull();
    expect(
      await loadPackageLiveView(database.db, birch.organizationId, birchLease.packageId, now),
    ).not.toBeNull();
  });

  test('the list’s data counts and lists only the member’s organization', async () => {
    const { harbour, birch } = await twoOrganizations();
    await seedPackage(database.db, birch, { name: 'Birch offer', state: 'draft' }, now);

    const harbourData = await loadPackageListData(
      database,
      harbour.organizationId,
      DEFAULT_FILTERS,
      now,
    );
    expect(harbourData.items.map((item) => item.name)).toEqual(['Harbour lease']);
    expect(harbourData.total).toBe(1);
    expect(harbourData.counts.draft).toBe(0);

    const birchDrafts = await loadPackageListData(
      database,
      birch.organizationId,
      { ...DEFAULT_FILTERS, state: 'draft' },
      now,
    );
    expect(birchDrafts.items.map((item) => item.name)).toEqual(['Birch offer']);
    expect(birchDrafts.total).toBe(1);
    expect(birchDrafts.counts.all).toBe(2);
  });
});
