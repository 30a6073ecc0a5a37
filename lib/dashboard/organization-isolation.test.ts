import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { countPackagesByState } from './count-packages-by-state';
import { listPackages } from './list-packages';
import { loadOwnerDocumentFile } from './load-owner-document-file';
import { loadOwnerPackage } from './load-owner-package';
import { DEFAULT_FILTERS } from './package-list-filters';

describe.each(testEngines())('organization isolation of the dashboard on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function twoOrganizations() {
    const harbour = await seedOrganization(database.db, 'Harbour Lettings');
    const birch = await seedOrganization(database.db, 'Birch Homes');
    const harbourLease = await seedPackage(database.db, harbour, { name: 'Harbour lease' });
    const birchLease = await seedPackage(database.db, birch, {
      name: 'Birch lease',
      signers: [{ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 }],
    });
    await seedPackage(database.db, birch, { name: 'Birch offer', state: 'draft' });

    return { harbour, birch, harbourLease, birchLease };
  }

  test('a member lists and counts only their own organization’s packages', async () => {
    const { harbour, birch } = await twoOrganizations();
    const now = new Date();

    const harbourList = await listPackages(database, harbour.organizationId, DEFAULT_FILTERS, now);
    const birchList = await listPackages(database, birch.organizationId, DEFAULT_FILTERS, now);

    expect(harbourList.map((item) => item.name)).toEqual(['Harbour lease']);
    expect(birchList.map((item) => item.name).sort()).toEqual(['Birch lease', 'Birch offer']);

    const counts = await countPackagesByState(
      database,
      harbour.organizationId,
      DEFAULT_FILTERS,
      now,
    );
    expect(counts.all).toBe(1);
    expect(counts.open).toBe(1);
    expect(counts.draft).toBe(0);
  });

  test('a search never reaches another organization’s packages or signers', async () => {
    const { harbour } = await twoOrganizations();
    const now = new Date();
    const search = { ...DEFAULT_FILTERS, search: 'Birch' };

    expect(await listPackages(database, harbour.organizationId, search, now)).toEqual([]);
    expect((await countPackagesByState(database, harbour.organizationId, search, now)).all).toBe(0);

    // Ana Silva signs in both organizations; each finds only its own package.
    const ana = { ...DEFAULT_FILTERS, search: 'ana@example.test' };
    const found = await listPackages(database, harbour.organizationId, ana, now);
    expect(found.map((item) => item.name)).toEqual(['Harbour lease']);
  });

  test('another organization’s package id is not found', async () => {
    const { harbour, birch, harbourLease, birchLease } = await twoOrganizations();

    expect(await loadOwnerPackage(database.db, harbour.organizationId, birchLease.packageId)).toBe(
      null,
    );
    expect(await loadOwnerPackage(database.db, birch.organizationId, harbourLease.packageId)).toBe(
      null,
    );

    const own = await loadOwnerPackage(database.db, birch.organizationId, birchLease.packageId);
    expect(own?.name).toBe('Birch lease');
  });

  test('another organization’s document is never served, by either id', async () => {
    const { harbour, birch, harbourLease, birchLease } = await twoOrganizations();
    const birchDocument = birchLease.documentIds[0]!;
    const harbourDocument = harbourLease.documentIds[0]!;

    expect(
      await loadOwnerDocumentFile(
        database.db,
        harbour.organizationId,
        birchLease.packageId,
        birchDocument,
      ),
    ).toBeNull();
    expect(
      await loadOwnerDocumentFile(
        database.db,
        harbour.organizationId,
        harbourLease.packageId,
        birchDocument,
      ),
    ).toBeNull();

    const own = await loadOwnerDocumentFile(
      database.db,
      birch.organizationId,
      birchLease.packageId,
      birchDocument,
    );
    expect(own?.fileName).toBe('lease.pdf');
    expect(
      await loadOwnerDocumentFile(
        database.db,
        birch.organizationId,
        birchLease.packageId,
        harbourDocument,
      ),
    ).toBeNull();
  });

  test('the audit trail of a package holds only its own organization’s events', async () => {
    const { harbour, harbourLease } = await twoOrganizations();

    const view = await loadOwnerPackage(
      database.db,
      harbour.organizationId,
      harbourLease.packageId,
    );

    expect(view?.auditTrail.map((entry) => entry.action)).toEqual(['package_created']);
  });
});
