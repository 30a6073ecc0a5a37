import { getServerSession } from 'next-auth';

import { GET } from '@/app/dashboard/packages/data/route';
import { useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));

const session = jest.mocked(getServerSession);

describe.each(testEngines())('GET /dashboard/packages/data on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
  });

  afterEach(async () => {
    session.mockReset();
    await database.close();
  });

  async function list(query = '') {
    return GET(new Request(`https://portal.example.test/dashboard/packages/data${query}`));
  }

  test('lists only the signed-in member’s organization, with its counts', async () => {
    const harbour = await seedOrganization(database.db, 'Harbour Lettings');
    const birch = await seedOrganization(database.db, 'Birch Homes');
    await seedPackage(database.db, harbour, { name: 'Harbour lease' });
    await seedPackage(database.db, harbour, { name: 'Harbour draft', state: 'draft' });
    await seedPackage(database.db, birch, { name: 'Birch lease' });
    session.mockResolvedValue({ memberId: harbour.memberId, expires: '' });

    const response = await list();
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(body.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Harbour draft',
      'Harbour lease',
    ]);
    expect(body.total).toBe(2);
    expect(Date.parse(body.now)).not.toBeNaN();
    expect(body.counts).toMatchObject({ all: 2, open: 1, draft: 1 });
  });

  test('applies the filters of the address and says which ones it could not read', async () => {
    const harbour = await seedOrganization(database.db, 'Harbour Lettings');
    await seedPackage(database.db, harbour, { name: 'Harbour lease' });
    await seedPackage(database.db, harbour, { name: 'Harbour draft', state: 'draft' });
    session.mockResolvedValue({ memberId: harbour.memberId, expires: '' });

    const body = await (await list('?state=draft&page=first')).json();

    expect(body.items.map((item: { name: string }) => item.name)).toEqual(['Harbour draft']);
    expect(body.total).toBe(1);
    expect(body.filters).toMatchObject({ state: 'draft', page: 1 });
    expect(body.problems).toEqual(['“first” is not a page number, so the first page is shown.']);
  });

  test('sends a visitor without a session to sign in and lists nothing', async () => {
    session.mockResolvedValue(null);

    await expect(list()).rejects.toMatchObject({
      digest: expect.stringContaining('/sign-in'),
    });
  });
});
