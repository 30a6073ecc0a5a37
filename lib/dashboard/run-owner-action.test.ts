import { addDays } from 'date-fns';

import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';
import { hashSigningToken } from '@/lib/tokens/signing-token';

import { PACKAGE_ACTIONS, SIGNER_ACTIONS } from './owner-actions';
import { runOwnerAction, type OwnerActor } from './run-owner-action';

describe.each(testEngines())('owner actions from the dashboard on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-01T12:00:00.000Z');
  const metadata = { ipAddress: '198.51.100.7', userAgent: 'Jest' };

  beforeAll(() => {
    process.env.PORTAL_SECRET = TEST_SECRET;
    process.env.PUBLIC_URL = 'https://portal.example.test';
  });

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function seed(overrides: Parameters<typeof seedPackage>[2] = {}) {
    const owner = await seedOrganization(database.db);
    const pkg = await seedPackage(database.db, owner, overrides, now);
    const actor: OwnerActor = { ...owner, metadata };

    return { owner, pkg, actor };
  }

  function packageRow(packageId: string) {
    return database.db
      .selectFrom('packages')
      .selectAll()
      .where('id', '=', packageId)
      .executeTakeFirst();
  }

  async function events(packageId: string | null, action: string) {
    return database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', action)
      .where((eb) =>
        packageId === null ? eb('package_id', 'is', null) : eb('package_id', '=', packageId),
      )
      .execute();
  }

  test('sending a draft opens it, invites every signer and is audited as the member', async () => {
    const { owner, pkg, actor } = await seed({ state: 'draft', generateSignerLinks: false });

    const outcome = await runOwnerAction(
      database.db,
      actor,
      { action: 'send', packageId: pkg.packageId, fields: {} },
      now,
    );

    expect(outcome).toEqual({ kind: 'done', notice: 'sent' });
    expect((await packageRow(pkg.packageId))?.state).toBe('open');
    const mail = await database.db.selectFrom('outbox_messages').select('recipient').execute();
    expect(mail.map((message) => message.recipient).sort()).toEqual([
      'ana@example.test',
      'fatima@example.test',
      'ken+lease@example.test',
    ]);
    const [event] = await events(pkg.packageId, 'package_sent');
    expect(event?.member_id).toBe(owner.memberId);
    expect(event?.ip_address).toBe('198.51.100.7');
    expect(JSON.parse(event?.details ?? '{}')).toMatchObject({ via: 'dashboard' });

    const again = await runOwnerAction(
      database.db,
      actor,
      { action: 'send', packageId: pkg.packageId, fields: {} },
      now,
    );
    expect(again).toEqual({ kind: 'refused', problem: 'wrong-state' });
    expect(await events(pkg.packageId, 'package_sent')).toHaveLength(1);
  });

  test('a draft whose deadline has passed is not sent', async () => {
    const { pkg, actor } = await seed({
      state: 'draft',
      timeSignBy: addDays(now, -1).toISOString(),
    });

    const outcome = await runOwnerAction(
      database.db,
      actor,
      { action: 'send', packageId: pkg.packageId, fields: {} },
      now,
    );

    expect(outcome).toEqual({ kind: 'refused', problem: 'deadline-passed' });
    expect((await packageRow(pkg.packageId))?.state).toBe('draft');
    expect(await database.db.selectFrom('outbox_messages').selectAll().execute()).toHaveLength(0);
  });

  test('a draft without signers, or a video room without its meeting, is not sent', async () => {
    const { pkg: empty, actor } = await seed({ state: 'draft', signers: [] });
    const owner = { organizationId: actor.organizationId, memberId: actor.memberId };
    const room = await seedPackage(
      database.db,
      owner,
      { state: 'draft', type: 'video_closing_room', meeting: null },
      now,
    );

    for (const [packageId, problem] of [
      [empty.packageId, 'incomplete'],
      [room.packageId, 'no-meeting'],
    ] as const) {
      const outcome = await runOwnerAction(
        database.db,
        actor,
        { action: 'send', packageId, fields: {} },
        now,
      );

      expect(outcome).toEqual({ kind: 'refused', problem });
      expect((await packageRow(packageId))?.state).toBe('draft');
    }
    expect(await database.db.selectFrom('outbox_messages').selectAll().execute()).toHaveLength(0);
  });

  test('a reminder goes out once; a second within 12 hours is refused', async () => {
    const { pkg, actor } = await seed();
    const signerId = pkg.signers[1]!.signerId;
    const remind = { action: 'remind' as const, packageId: pkg.packageId, fields: { signerId } };

    expect(await runOwnerAction(database.db, actor, remind, now)).toEqual({
      kind: 'done',
      notice: 'reminded',
      signerId,
    });
    expect(
      await runOwnerAction(database.db, actor, remind, new Date(now.getTime() + 3600_000)),
    ).toEqual({ kind: 'refused', problem: 'recently-notified', signerId });
    expect(await events(pkg.packageId, 'reminder_sent')).toHaveLength(1);
  });

  test('a new link retires the old one and is audited for the signer', async () => {
    const { owner, pkg, actor } = await seed();
    const signer = pkg.signers[0]!;

    const outcome = await runOwnerAction(
      database.db,
      actor,
      { action: 'new-link', packageId: pkg.packageId, fields: { signerId: signer.signerId } },
      now,
    );

    expect(outcome.kind).toBe('link-issued');
    if (outcome.kind !== 'link-issued') return;
    expect(outcome.link).toMatch(/^https:\/\/portal\.example\.test\/sign\/.+/);
    const token = outcome.link.split('/sign/')[1]!;
    expect(token).not.toBe(signer.token);

    const links = await database.db
      .selectFrom('signing_links')
      .select(['token_hash', 'revoked_at'])
      .where('signer_id', '=', signer.signerId)
      .execute();
    const working = links.filter((link) => link.revoked_at === null);
    expect(links).toHaveLength(2);
    expect(working).toHaveLength(1);
    expect(hashSigningToken(token)).toBe(working[0]!.token_hash);

    const [event] = await events(pkg.packageId, 'link_issued');
    expect(event).toMatchObject({ signer_id: signer.signerId, member_id: owner.memberId });
  });

  test('extending an expired package opens it again 7 days from now', async () => {
    const { pkg, actor } = await seed({ timeSignBy: addDays(now, -2).toISOString() });

    const outcome = await runOwnerAction(
      database.db,
      actor,
      { action: 'extend', packageId: pkg.packageId, fields: {} },
      now,
    );

    expect(outcome).toEqual({ kind: 'done', notice: 'extended' });
    const row = await packageRow(pkg.packageId);
    expect(row?.state).toBe('open');
    expect(row?.time_sign_by).toBe(addDays(now, 7).toISOString());
    expect(await events(pkg.packageId, 'package_extended')).toHaveLength(1);
  });

  test('rescinding keeps the message and tells the signers when asked', async () => {
    const { pkg, actor } = await seed();

    const outcome = await runOwnerAction(
      database.db,
      actor,
      {
        action: 'rescind',
        packageId: pkg.packageId,
        fields: { rescindMessage: '  The tenant found another flat.  ', notify: 'yes' },
      },
      now,
    );

    expect(outcome).toEqual({ kind: 'done', notice: 'rescinded' });
    const row = await packageRow(pkg.packageId);
    expect(row).toMatchObject({
      state: 'rescinded',
      rescind_message: 'The tenant found another flat.',
    });
    const mail = await database.db.selectFrom('outbox_messages').select('body').execute();
    expect(mail).toHaveLength(3);
    expect(mail[0]?.body).toContain('The tenant found another flat.');
    expect(await events(pkg.packageId, 'package_rescinded')).toHaveLength(1);
  });

  test('a message that is too long cancels nothing', async () => {
    const { pkg, actor } = await seed();

    const outcome = await runOwnerAction(
      database.db,
      actor,
      {
        action: 'rescind',
        packageId: pkg.packageId,
        fields: { rescindMessage: 'x'.repeat(2001), notify: 'yes' },
      },
      now,
    );

    expect(outcome).toEqual({ kind: 'refused', problem: 'message-too-long' });
    expect((await packageRow(pkg.packageId))?.state).toBe('open');
    expect(await events(pkg.packageId, 'package_rescinded')).toHaveLength(0);
  });

  test('deleting removes the package and leaves an audit event naming it', async () => {
    const { pkg, actor } = await seed();

    const outcome = await runOwnerAction(
      database.db,
      actor,
      { action: 'delete', packageId: pkg.packageId, fields: {} },
      now,
    );

    expect(outcome).toEqual({ kind: 'deleted' });
    expect(await packageRow(pkg.packageId)).toBeUndefined();
    const [event] = await events(null, 'package_deleted');
    expect(JSON.parse(event?.details ?? '{}')).toMatchObject({
      packageId: pkg.packageId,
      name: 'Lease for 12 Quay Street',
    });
  });

  test.each([...PACKAGE_ACTIONS, ...SIGNER_ACTIONS])(
    "another organization's member cannot %s the package",
    async (action) => {
      const { pkg } = await seed(action === 'send' ? { state: 'draft' } : {});
      const other = await seedOrganization(database.db, 'Other Realty');
      const before = await packageRow(pkg.packageId);

      const outcome = await runOwnerAction(
        database.db,
        { ...other, metadata },
        {
          action,
          packageId: pkg.packageId,
          fields: { signerId: pkg.signers[0]!.signerId, rescindMessage: 'No', notify: 'yes' },
        },
        now,
      );

      expect(outcome).toEqual({ kind: 'not-found' });
      expect(await packageRow(pkg.packageId)).toEqual(before);
      expect(await database.db.selectFrom('outbox_messages').selectAll().execute()).toHaveLength(0);
      const links = await database.db
        .selectFrom('signing_links')
        .select('revoked_at')
        .where('package_id', '=', pkg.packageId)
        .execute();
      expect(links.every((link) => link.revoked_at === null)).toBe(true);
      const audited = await database.db
        .selectFrom('audit_events')
        .select('action')
        .where('organization_id', '=', other.organizationId)
        .execute();
      expect(audited).toEqual([]);
    },
  );
});
