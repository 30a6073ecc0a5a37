import { issueSigningLink } from '@/lib/packages/issue-signing-link';
import { seedOrganization, seedPackage, TEST_SECRET, TINY_PDF } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { loadSigningLink } from './load-signing-link';

describe.each(testEngines())('loadSigningLink on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  test('opens the signer’s package with every revision, documents and signers in order', async () => {
    const owner = await seedOrganization(database.db, 'Harbour Lettings');
    const created = await seedPackage(database.db, owner);
    const second = created.signers[1]!;

    const view = await loadSigningLink(database.db, second.token!);

    expect(view).not.toBeNull();
    expect(view!.organizationName).toBe('Harbour Lettings');
    expect(view!.senderName).toBe('Olivia Owner');
    expect(view!.packageName).toBe('Lease for 12 Quay Street');
    expect(view!.signerId).toBe(second.signerId);
    expect(view!.signer).toEqual({ firstName: '健', lastName: '渡辺' });
    expect(view!.package.type).toBe('Sequential');
    expect(view!.revisions).toHaveLength(6);
    expect(view!.documents.map((document) => [document.name, document.order])).toEqual([
      ['Residential lease', 1],
      ['Pet rider', 2],
    ]);
    expect([...view!.signers].sort((a, b) => a.order - b.order).map((s) => s.lastName)).toEqual([
      'Silva',
      '渡辺',
      'الزهراء',
    ]);
    expect(view!.linkTimeExpires).toBe(created.signers[1]!.timeExpires);
  });

  test('finds nothing for an unknown, malformed or retired token', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner);
    const first = created.signers[0]!;

    expect(await loadSigningLink(database.db, 'A'.repeat(22))).toBeNull();
    expect(await loadSigningLink(database.db, "' or 1=1 --")).toBeNull();

    await issueSigningLink(database.db, {
      packageId: created.packageId,
      signerId: first.signerId,
      secret: TEST_SECRET,
      timeExpires: new Date(Date.now() + 86_400_000),
      issuedAt: new Date(),
    });

    expect(await loadSigningLink(database.db, first.token!)).toBeNull();
  });

  test('finds nothing once the package is deleted', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner);

    await database.db.deleteFrom('packages').where('id', '=', created.packageId).execute();

    expect(await loadSigningLink(database.db, created.signers[0]!.token!)).toBeNull();
  });

  test.each(['select', 'add'])('never shows a package in state %s', async (state) => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner, { state });

    expect(await loadSigningLink(database.db, created.signers[0]!.token!)).toBeNull();
  });

  test('carries a state it does not know through unchanged', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner, { state: 'archived' });

    expect((await loadSigningLink(database.db, created.signers[0]!.token!))?.package.state).toBe(
      'archived',
    );
  });

  test('stores no token in plain text, only its hash', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner);
    const links = await database.db.selectFrom('signing_links').selectAll().execute();
    const stored = JSON.stringify(links);

    expect(links).toHaveLength(3);
    for (const signer of created.signers) expect(stored).not.toContain(signer.token!);
  });

  test('keeps document bytes and names in any script exactly as given', async () => {
    const owner = await seedOrganization(database.db);
    await seedPackage(database.db, owner);
    const file = await database.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
    const signer = await database.db
      .selectFrom('signers')
      .select(['first_name', 'last_name'])
      .where('email', '=', 'fatima@example.test')
      .executeTakeFirstOrThrow();

    expect(Buffer.from(file.content).equals(Buffer.from(TINY_PDF))).toBe(true);
    expect(signer).toEqual({ first_name: 'فاطمة', last_name: 'الزهراء' });
  });

  test('writes the creation audit event in the same transaction', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner);
    const events = await database.db
      .selectFrom('audit_events')
      .select(['action', 'package_id', 'member_id'])
      .execute();

    expect(events).toEqual([
      { action: 'package_created', package_id: created.packageId, member_id: owner.memberId },
    ]);
  });
});
