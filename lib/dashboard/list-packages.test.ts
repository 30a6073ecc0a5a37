import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { countPackagesByState } from './count-packages-by-state';
import { listPackages } from './list-packages';
import {
  DEFAULT_FILTERS,
  LISTED_STATES,
  PAGE_SIZE,
  UNKNOWN_STATE,
  type PackageListFilters,
} from './package-list-filters';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const days = (count: number) => new Date(NOW.getTime() + count * 86_400_000).toISOString();

describe.each(testEngines())('the package list on %s', (dialect) => {
  let database: TestDatabase;
  let owner: { organizationId: string; memberId: string };

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    owner = await seedOrganization(database.db);
  });

  afterEach(async () => {
    await database.close();
  });

  const list = (filters: Partial<PackageListFilters>) =>
    listPackages(database, owner.organizationId, { ...DEFAULT_FILTERS, ...filters }, NOW);
  const names = async (filters: Partial<PackageListFilters>) =>
    (await list(filters)).map((item) => item.name);

  test('each count by state equals the length of the list its filter shows', async () => {
    const seed = (name: string, state: string, deadlineInDays: number) =>
      seedPackage(database.db, owner, { name, state, timeSignBy: days(deadlineInDays) }, NOW);

    await seed('Open', 'open', 3);
    await seed('Open, deadline passed', 'open', -1);
    await seed('Expired', 'expired', -5);
    await seed('Completed', 'executed', 3);
    await seed('Cancelled', 'rescinded', 3);
    await seed('Draft', 'draft', 3);
    await seed('Being selected', 'select', 3);
    await seed('Being added', 'add', 3);
    await seed('From a later version', 'archived', 3);

    const counts = await countPackagesByState(database, owner.organizationId, DEFAULT_FILTERS, NOW);

    for (const state of [...LISTED_STATES, UNKNOWN_STATE] as const) {
      expect([state, (await list({ state })).length]).toEqual([state, counts[state]]);
    }
    expect(counts).toEqual({
      all: 7,
      draft: 1,
      open: 1,
      executed: 1,
      expired: 2,
      rescinded: 1,
      unknown: 1,
    });
    expect((await list({})).length).toBe(7);
    expect(await names({ state: 'expired' })).toEqual(
      expect.arrayContaining(['Open, deadline passed', 'Expired']),
    );
    expect((await list({ state: UNKNOWN_STATE }))[0]?.state).toBe('archived');
  });

  test('search finds names and emails in any case, with + addresses and literal %', async () => {
    await seedPackage(database.db, owner, { name: 'Lease for 12 Quay Street' }, NOW);
    await seedPackage(
      database.db,
      owner,
      {
        name: '100% deposit offer',
        signers: [{ firstName: 'Olga', lastName: 'Petrova', email: 'olga@example.ru', order: 1 }],
      },
      NOW,
    );

    expect(await names({ search: 'quay STREET' })).toEqual(['Lease for 12 Quay Street']);
    expect(await names({ search: 'KEN+LEASE@example.test' })).toEqual(['Lease for 12 Quay Street']);
    expect(await names({ search: 'ken lease@example.test' })).toEqual(['Lease for 12 Quay Street']);
    expect(await names({ search: '渡辺' })).toEqual(['Lease for 12 Quay Street']);
    expect(await names({ search: 'الزهراء' })).toEqual(['Lease for 12 Quay Street']);
    expect(await names({ search: '100%' })).toEqual(['100% deposit offer']);
    expect(await names({ search: '%' })).toEqual(['100% deposit offer']);
    expect(await names({ search: '_' })).toEqual([]);
    expect(await names({ search: 'petrova' })).toEqual(['100% deposit offer']);
    expect(await names({ search: "' or 1=1 --" })).toEqual([]);
  });

  test('sorts by deadline (a video room a week after its meeting), name or newest', async () => {
    await seedPackage(database.db, owner, { name: 'b in 9 days', timeSignBy: days(9) }, NOW);
    await seedPackage(database.db, owner, { name: 'A in 2 days', timeSignBy: days(2) }, NOW);
    await seedPackage(database.db, owner, { name: 'c no deadline', timeSignBy: null }, NOW);
    await seedPackage(
      database.db,
      owner,
      {
        name: 'd video, meeting tomorrow',
        type: 'video_closing_room',
        timeSignBy: null,
        meeting: { timeStart: days(1), duration: 'PT1H', isPrivate: false },
      },
      NOW,
    );

    expect(await names({ sort: 'deadline' })).toEqual([
      'A in 2 days',
      'd video, meeting tomorrow',
      'b in 9 days',
      'c no deadline',
    ]);
    expect(await names({ sort: 'name' })).toEqual([
      'A in 2 days',
      'b in 9 days',
      'c no deadline',
      'd video, meeting tomorrow',
    ]);
  });

  test('pages hold PAGE_SIZE packages each, without repeats or gaps', async () => {
    for (let index = 0; index < PAGE_SIZE + 5; index++) {
      await seedPackage(database.db, owner, { name: `Package ${index}` }, NOW);
    }

    const first = await names({ page: 1 });
    const second = await names({ page: 2 });

    expect(first).toHaveLength(PAGE_SIZE);
    expect(second).toHaveLength(5);
    expect(new Set([...first, ...second]).size).toBe(PAGE_SIZE + 5);
    expect(await names({ page: 3 })).toEqual([]);
  });

  test('each package says its progress, whose turn it is and when a link has expired', async () => {
    const created = await seedPackage(database.db, owner, {}, NOW);
    await database.db
      .updateTable('signing_links')
      .set({ time_expires: days(-1) })
      .where('signer_id', '=', created.signers[0]!.signerId)
      .execute();

    const [item] = await list({});

    expect(item).toMatchObject({
      name: 'Lease for 12 Quay Street',
      type: 'Sequential',
      state: 'open',
      signed: 0,
      total: 6,
      turn: { kind: 'signers', names: ['Ana Silva'], inPerson: false },
      deadline: days(7),
      overdue: false,
      expiredLinks: ['Ana Silva'],
    });
  });
});
