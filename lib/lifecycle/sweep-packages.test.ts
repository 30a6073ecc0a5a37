import { sql } from 'kysely';

import { storeTemporaryFile } from '@/lib/files/store-temporary-file';
import { callApi, seedApiCaller, useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedPackage, TINY_PDF } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import * as getStatus from '@/app/api/v1/packages/[packageId]/status/route';
import * as list from '@/app/api/v1/packages/list/route';

import { sweepPackages } from './sweep-packages';

jest.setTimeout(30_000);

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The test's clock: every instant is an offset from one fixed start. */
const START = new Date('2026-03-01T09:00:00.000Z');
const at = (offsetMs: number) => new Date(START.getTime() + offsetMs);

describe.each(testEngines())('lifecycle sweep on %s', (dialect) => {
  let database: TestDatabase;
  let owner: Awaited<ReturnType<typeof seedApiCaller>>;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    owner = await seedApiCaller(database);
  });

  afterAll(async () => {
    await database.close();
  });

  const stateOf = async (packageId: string) =>
    (
      await database.db
        .selectFrom('packages')
        .select('state')
        .where('id', '=', packageId)
        .executeTakeFirst()
    )?.state;

  const auditOf = (packageId: string, action: string) =>
    database.db
      .selectFrom('audit_events')
      .select(['action', 'occurred_at', 'details'])
      .where('action', '=', action)
      .where((eb) =>
        eb.or([
          eb('package_id', '=', packageId),
          eb('details', 'like', `%"packageId":"${packageId}"%`),
        ]),
      )
      .execute();

  test('an open package expires just after its deadline, with one audit event', async () => {
    const deadline = at(3 * DAY);
    const { packageId } = await seedPackage(
      database.db,
      owner,
      { timeSignBy: deadline.toISOString() },
      START,
    );

    await sweepPackages(database.db, deadline);
    expect(await stateOf(packageId)).toBe('open');

    const result = await sweepPackages(database.db, new Date(deadline.getTime() + 1));
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect(await stateOf(packageId)).toBe('expired');

    const events = await auditOf(packageId, 'package_expired');
    expect(events).toHaveLength(1);
    expect(events[0]!.occurred_at).toBe(new Date(deadline.getTime() + 1).toISOString());
    expect(JSON.parse(events[0]!.details!)).toMatchObject({ deadline: deadline.toISOString() });

    await sweepPackages(database.db, at(30 * DAY));
    expect(await auditOf(packageId, 'package_expired')).toHaveLength(1);
  });

  test('two sweeps at once expire a package once', async () => {
    const { packageId } = await seedPackage(
      database.db,
      owner,
      { timeSignBy: at(DAY).toISOString() },
      START,
    );

    await Promise.all([
      sweepPackages(database.db, at(2 * DAY)),
      sweepPackages(database.db, at(2 * DAY)),
    ]);

    expect(await stateOf(packageId)).toBe('expired');
    expect(await auditOf(packageId, 'package_expired')).toHaveLength(1);
  });

  test('a video signing room expires 7 days after its meeting starts, not at timeSignBy', async () => {
    const meetingStart = at(2 * DAY);
    const { packageId } = await seedPackage(
      database.db,
      owner,
      {
        type: 'video_closing_room',
        timeSignBy: at(DAY).toISOString(),
        meeting: { timeStart: meetingStart.toISOString(), duration: 'PT1H', isPrivate: false },
      },
      START,
    );

    await sweepPackages(database.db, at(3 * DAY));
    expect(await stateOf(packageId)).toBe('open');

    await sweepPackages(database.db, at(9 * DAY));
    expect(await stateOf(packageId)).toBe('open');

    await sweepPackages(database.db, new Date(at(9 * DAY).getTime() + 1));
    expect(await stateOf(packageId)).toBe('expired');
    expect(await auditOf(packageId, 'package_expired')).toHaveLength(1);
  });

  test('packages in other states are not expired', async () => {
    const ids = await Promise.all(
      ['draft', 'executed', 'rescinded'].map(
        async (state) =>
          (
            await seedPackage(
              database.db,
              owner,
              { state, timeSignBy: at(DAY).toISOString() },
              START,
            )
          ).packageId,
      ),
    );

    await sweepPackages(database.db, at(10 * DAY));

    expect(await Promise.all(ids.map(stateOf))).toEqual(['draft', 'executed', 'rescinded']);
  });

  test('select and add packages are deleted 24 hours after creation; drafts stay', async () => {
    const [select, add, draft] = await Promise.all(
      ['select', 'add', 'draft'].map(
        async (state) =>
          (
            await seedPackage(
              database.db,
              owner,
              { state, timeSignBy: null, generateSignerLinks: false },
              START,
            )
          ).packageId,
      ),
    );

    await sweepPackages(database.db, at(DAY - 1));
    expect(await stateOf(select!)).toBe('select');
    expect(await stateOf(add!)).toBe('add');

    await sweepPackages(database.db, at(DAY + 1));
    expect(await stateOf(select!)).toBeUndefined();
    expect(await stateOf(add!)).toBeUndefined();
    expect(await stateOf(draft!)).toBe('draft');

    const orphans = await database.db
      .selectFrom('documents')
      .select('id')
      .where('package_id', 'in', [select!, add!])
      .execute();
    expect(orphans).toEqual([]);
    expect(await auditOf(select!, 'package_purged')).toHaveLength(1);
  });

  test('an upload no package took is removed after 24 hours; one taken stays', async () => {
    const file = {
      organizationId: owner.organizationId,
      memberId: owner.memberId,
      fileName: 'lease.pdf',
      externalId: null,
      content: TINY_PDF,
      sha256: 'a'.repeat(64),
      pageCount: 1,
    };
    const unused = await storeTemporaryFile(database.db, file, { now: START });
    const taken = await storeTemporaryFile(database.db, file, { now: START });
    await database.db
      .updateTable('files')
      .set({ kind: 'original' })
      .where('id', '=', taken)
      .execute();
    const fileExists = async (id: string) =>
      (await database.db.selectFrom('files').select('id').where('id', '=', id).execute()).length;

    await sweepPackages(database.db, at(DAY - 1));
    expect(await fileExists(unused)).toBe(1);

    const result = await sweepPackages(database.db, at(DAY));
    expect(result.purgedFiles).toBeGreaterThanOrEqual(1);
    expect(await fileExists(unused)).toBe(0);
    expect(await fileExists(taken)).toBe(1);
  });

  test('after the sweep, X-Api-Version 3.6 still reads an expired package as open', async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * DAY);
    const { packageId } = await seedPackage(database.db, owner, {}, tenDaysAgo);

    await sweepPackages(database.db, new Date());
    expect(await stateOf(packageId)).toBe('expired');

    const read = async (headers: Record<string, string>) =>
      (
        await callApi(getStatus.GET, 'GET', `/packages/${packageId}/status`, {
          key: owner.key,
          params: { packageId },
          headers,
        })
      ).json;
    expect(await read({})).toMatchObject({ state: 'expired', isExecuted: false });
    const old = await read({ 'x-api-version': '3.6' });
    expect(old).toMatchObject({ state: 'open', isExecuted: false });
    expect(Date.parse(old.timeSignBy)).toBeLessThan(Date.now());

    const listed = await callApi(list.POST, 'POST', '/packages/list', {
      key: owner.key,
      body: { states: ['expired'], take: 100 },
    });
    expect(listed.json.items.map((item: { packageId: string }) => item.packageId)).toContain(
      packageId,
    );
  });

  test('the sweep reports as many expiries as it wrote', async () => {
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('packages')
            .select(sql<number>`count(*)`.as('count'))
            .where('state', '=', 'open')
            .executeTakeFirstOrThrow()
        ).count,
      );
    await seedPackage(database.db, owner, { timeSignBy: at(DAY).toISOString() }, START);
    const openBefore = await count();

    const result = await sweepPackages(database.db, at(5 * DAY));

    expect(openBefore - (await count())).toBe(result.expired);
  });
});
