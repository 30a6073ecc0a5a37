import bcrypt from 'bcryptjs';

import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { createOrganizationOwner } from './create-organization-owner';

const NOW = new Date('2026-03-01T12:00:00.000Z');

// bcrypt at the production cost takes most of a second in JavaScript, more on a busy machine.
jest.setTimeout(30_000);

describe.each(testEngines())('createOrganizationOwner on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  test('creates the organization and its owner, with a password kept only as a hash', async () => {
    const created = await createOrganizationOwner(
      database.db,
      {
        organization: ' Harbour Lettings ',
        email: 'Ana.Silva+Owner@Example.com',
        name: 'Ana Silva',
        timeZone: 'Europe/Lisbon',
      },
      NOW,
    );
    if (created.kind !== 'created') throw new Error(`Not created: ${created.kind}`);

    const member = await database.db
      .selectFrom('members as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select(['m.email', 'm.name', 'm.password_hash', 'm.time_zone', 'o.name as organization'])
      .where('m.id', '=', created.memberId)
      .executeTakeFirstOrThrow();

    expect(member).toMatchObject({
      email: 'ana.silva+owner@example.com',
      name: 'Ana Silva',
      time_zone: 'Europe/Lisbon',
      organization: 'Harbour Lettings',
    });
    expect(created.password.length).toBeGreaterThanOrEqual(20);
    expect(member.password_hash).not.toContain(created.password);
    expect(await bcrypt.compare(created.password, member.password_hash!)).toBe(true);
  });

  test('bad input is refused with a message for each field and changes nothing', async () => {
    const result = await createOrganizationOwner(
      database.db,
      { organization: ' ', email: 'not-an-address', name: '', timeZone: 'Mars/Olympus' },
      NOW,
    );

    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.messages).toHaveLength(4);
    expect(await database.db.selectFrom('organizations').selectAll().execute()).toEqual([]);
  });

  test('an address already in use is refused and changes nothing', async () => {
    const input = { organization: 'Harbour Lettings', email: 'ana@example.com', name: 'Ana' };
    await createOrganizationOwner(database.db, input, NOW);

    const again = await createOrganizationOwner(
      database.db,
      { ...input, organization: 'Birch Homes', email: 'ANA@example.com' },
      NOW,
    );

    expect(again).toEqual({ kind: 'email_taken' });
    expect(await database.db.selectFrom('organizations').selectAll().execute()).toHaveLength(1);
  });
});
