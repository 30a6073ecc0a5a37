import { inviteSigners } from '@/lib/api/packages/invite-signers';
import { signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { remindSigner } from './remind-signer';

const HOUR = 3600 * 1000;

describe.each(testEngines())('reminding a signer on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-01T12:00:00.000Z');

  beforeAll(() => {
    process.env.PORTAL_SECRET = TEST_SECRET;
  });

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function seedOpenPackage() {
    const owner = await seedOrganization(database.db);
    const pkg = await seedPackage(database.db, owner, {}, now);
    const signerId = pkg.signers[0]!.signerId;
    const actor = { memberId: owner.memberId, ipAddress: '203.0.113.9', userAgent: 'Jest' };

    return { owner, pkg, signerId, actor };
  }

  async function outboxFor(recipient: string) {
    return database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('recipient', '=', recipient)
      .execute();
  }

  async function reminderEvents(packageId: string) {
    return database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('package_id', '=', packageId)
      .where('action', '=', 'reminder_sent')
      .execute();
  }

  test('a signer is mailed their working link, marked notified, and the reminder audited', async () => {
    const { owner, pkg, signerId, actor } = await seedOpenPackage();
    const link = await database.db
      .selectFrom('signing_links')
      .select('id')
      .where('signer_id', '=', signerId)
      .executeTakeFirstOrThrow();

    const result = await remindSigner(
      database.db,
      { organizationId: owner.organizationId, packageId: pkg.packageId, signerId, actor },
      now,
    );

    expect(result).toEqual({ reminded: true, notifiedAt: now.toISOString() });
    const [mail, ...more] = await outboxFor('ana@example.test');
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Reminder: please sign Lease for 12 Quay Street');
    expect(mail?.body).toContain(signingLinkPlaceholder(link.id));
    expect(await outboxFor('fatima@example.test')).toHaveLength(0);

    const signer = await database.db
      .selectFrom('signers')
      .select('last_notified_at')
      .where('id', '=', signerId)
      .executeTakeFirstOrThrow();
    expect(signer.last_notified_at).toBe(now.toISOString());

    const [event] = await reminderEvents(pkg.packageId);
    expect(event).toMatchObject({
      organization_id: owner.organizationId,
      signer_id: signerId,
      member_id: owner.memberId,
      ip_address: '203.0.113.9',
      occurred_at: now.toISOString(),
    });
  });

  test('a second reminder within 12 hours is refused and mails nothing', async () => {
    const { owner, pkg, signerId, actor } = await seedOpenPackage();
    const input = {
      organizationId: owner.organizationId,
      packageId: pkg.packageId,
      signerId,
      actor,
    };

    await remindSigner(database.db, input, now);
    const again = await remindSigner(database.db, input, new Date(now.getTime() + 12 * HOUR - 1));

    expect(again).toMatchObject({
      reminded: false,
      reason: 'recently_notified',
      lastNotifiedAt: now.toISOString(),
    });
    expect(again.reminded === false && again.message).toMatch(/less than 12 hours ago/);
    expect(await outboxFor('ana@example.test')).toHaveLength(1);
    expect(await reminderEvents(pkg.packageId)).toHaveLength(1);

    const later = await remindSigner(database.db, input, new Date(now.getTime() + 12 * HOUR));
    expect(later.reminded).toBe(true);
    expect(await outboxFor('ana@example.test')).toHaveLength(2);
  });

  test('an invitation counts as a notification for the 12-hour rule', async () => {
    const owner = await seedOrganization(database.db);
    const pkg = await seedPackage(database.db, owner, {}, now);
    const stored = await database.db
      .selectFrom('packages')
      .selectAll()
      .where('id', '=', pkg.packageId)
      .executeTakeFirstOrThrow();

    await inviteSigners(
      database.db,
      {
        id: stored.id,
        organizationId: stored.organization_id,
        name: stored.name,
        type: stored.type,
        state: 'open',
        timeSignBy: stored.time_sign_by,
        meetingTimeStart: stored.meeting_time_start,
      },
      { secret: TEST_SECRET, now },
    );

    const notified = await database.db
      .selectFrom('signers')
      .select('last_notified_at')
      .where('package_id', '=', pkg.packageId)
      .execute();
    expect(notified.map((row) => row.last_notified_at)).toEqual([
      now.toISOString(),
      now.toISOString(),
      now.toISOString(),
    ]);

    const result = await remindSigner(
      database.db,
      {
        organizationId: owner.organizationId,
        packageId: pkg.packageId,
        signerId: pkg.signers[1]!.signerId,
        actor: { memberId: owner.memberId },
      },
      new Date(now.getTime() + 2 * HOUR),
    );
    expect(result).toMatchObject({ reminded: false, reason: 'recently_notified' });
  });

  test("another organization's member cannot remind the signer", async () => {
    const { pkg, signerId } = await seedOpenPackage();
    const other = await seedOrganization(database.db, 'Other Realty');

    const result = await remindSigner(
      database.db,
      {
        organizationId: other.organizationId,
        packageId: pkg.packageId,
        signerId,
        actor: { memberId: other.memberId },
      },
      now,
    );

    expect(result).toMatchObject({ reminded: false, reason: 'not_found' });
    expect(await outboxFor('ana@example.test')).toHaveLength(0);
    expect(await reminderEvents(pkg.packageId)).toHaveLength(0);
    const signer = await database.db
      .selectFrom('signers')
      .select('last_notified_at')
      .where('id', '=', signerId)
      .executeTakeFirstOrThrow();
    expect(signer.last_notified_at).toBeNull();
  });

  test('a signer of another package of the same organization is not found', async () => {
    const { owner, pkg, actor } = await seedOpenPackage();
    const second = await seedPackage(database.db, owner, {}, now);

    const result = await remindSigner(
      database.db,
      {
        organizationId: owner.organizationId,
        packageId: pkg.packageId,
        signerId: second.signers[0]!.signerId,
        actor,
      },
      now,
    );

    expect(result).toMatchObject({ reminded: false, reason: 'not_found' });
  });

  test('a signer who signed everything, or an expired package, gets no reminder', async () => {
    const { owner, pkg, signerId, actor } = await seedOpenPackage();
    await database.db
      .updateTable('revisions')
      .set({ signed_at: now.toISOString() })
      .where('signer_id', '=', signerId)
      .execute();

    const signed = await remindSigner(
      database.db,
      { organizationId: owner.organizationId, packageId: pkg.packageId, signerId, actor },
      now,
    );
    expect(signed).toMatchObject({ reminded: false, reason: 'signed_everything' });

    const expired = await remindSigner(
      database.db,
      {
        organizationId: owner.organizationId,
        packageId: pkg.packageId,
        signerId: pkg.signers[1]!.signerId,
        actor,
      },
      new Date(now.getTime() + 8 * 24 * HOUR),
    );
    expect(expired).toMatchObject({ reminded: false, reason: 'not_open' });
    expect(await outboxFor('ana@example.test')).toHaveLength(0);
    expect(await outboxFor('ken+lease@example.test')).toHaveLength(0);
  });

  test('a signer whose link has expired is mailed a new one and the old one is retired', async () => {
    const { owner, pkg, signerId, actor } = await seedOpenPackage();
    const old = await database.db
      .selectFrom('signing_links')
      .select('id')
      .where('signer_id', '=', signerId)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('signing_links')
      .set({ time_expires: now.toISOString() })
      .where('id', '=', old.id)
      .execute();

    const result = await remindSigner(
      database.db,
      { organizationId: owner.organizationId, packageId: pkg.packageId, signerId, actor },
      now,
    );

    expect(result.reminded).toBe(true);
    const links = await database.db
      .selectFrom('signing_links')
      .select(['id', 'revoked_at'])
      .where('signer_id', '=', signerId)
      .execute();
    const fresh = links.find((link) => link.revoked_at === null);
    expect(links.find((link) => link.id === old.id)?.revoked_at).toBe(now.toISOString());
    expect(fresh?.id).not.toBe(old.id);
    const [mail] = await outboxFor('ana@example.test');
    expect(mail?.body).toContain(signingLinkPlaceholder(fresh!.id));
  });
});
