import type { DashboardMember } from '@/lib/auth/require-member';
import { useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { GET as getPackageData } from '../[packageId]/data/route';
import { GET as getListData } from './route';

const signedIn: { member: DashboardMember | null } = { member: null };

jest.mock('@/lib/auth/require-member', () => ({
  signedInMember: async () => signedIn.member,
}));

const BASE = 'https://portal.example.test';

function memberOf(owner: { organizationId: string; memberId: string }): DashboardMember {
  return {
    ...owner,
    organizationName: 'Test Realty',
    name: 'Olivia Owner',
    email: 'olivia@example.test',
    timeZone: null,
  };
}

async function listData(query = '') {
  const response = await getListData(new Request(`${BASE}/dashboard/packages/data${query}`), {
    params: Promise.resolve({}),
  });

  return { status: response.status, response, json: await response.json() };
}

async function packageData(packageId: string) {
  const response = await getPackageData(
    new Request(`${BASE}/dashboard/packages/${packageId}/data`),
    { params: Promise.resolve({ packageId }) },
  );

  return { status: response.status, json: await response.json() };
}

describe.each(testEngines())('the dashboard’s JSON routes on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    signedIn.member = null;
  });

  afterEach(async () => {
    await database.close();
  });

  async function twoOrganizations() {
    const harbour = await seedOrganization(database.db, 'Harbour Lettings');
    const birch = await seedOrganization(database.db, 'Birch Homes');
    const harbourLease = await seedPackage(database.db, harbour, { name: 'Harbour lease' });
    const birchLease = await seedPackage(database.db, birch, { name: 'Birch lease' });
    await seedPackage(database.db, birch, { name: 'Birch offer', state: 'draft' });

    return { harbour, birch, harbourLease, birchLease };
  }

  test('without a session both answer 401 and reveal nothing', async () => {
    const { harbourLease } = await twoOrganizations();

    const list = await listData();
    expect(list.status).toBe(401);
    expect(list.json).toEqual({
      error: 'not_signed_in',
      message: 'Sign in again to see your packages.',
    });
    expect((await packageData(harbourLease.packageId)).status).toBe(401);
  });

  test('the list holds only the member’s organization, under the address’s filters', async () => {
    const { harbour, birch } = await twoOrganizations();

    signedIn.member = memberOf(harbour);
    const harbourList = await listData();
    expect(harbourList.status).toBe(200);
    expect(harbourList.response.headers.get('cache-control')).toBe('private, no-store');
    expect(harbourList.json.items.map((item: { name: string }) => item.name)).toEqual([
      'Harbour lease',
    ]);
    expect(harbourList.json.counts.all).toBe(1);

    const harbourSearch = await listData('?q=Birch');
    expect(harbourSearch.json.items).toEqual([]);
    expect(harbourSearch.json.total).toBe(0);

    signedIn.member = memberOf(birch);
    const birchDrafts = await listData('?state=draft');
    expect(birchDrafts.json.items.map((item: { name: string }) => item.name)).toEqual([
      'Birch offer',
    ]);
    expect(birchDrafts.json.total).toBe(1);
  });

  test('another organization’s package is 404; the member’s own is its progress', async () => {
    const { harbour, harbourLease, birchLease } = await twoOrganizations();
    signedIn.member = memberOf(harbour);

    const other = await packageData(birchLease.packageId);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain('Birch');

    const own = await packageData(harbourLease.packageId);
    expect(own.status).toBe(200);
    expect(own.json.progress).toMatchObject({ signed: 0, total: 6, state: 'open' });
    expect(own.json.signers).toHaveLength(3);
  });
});
