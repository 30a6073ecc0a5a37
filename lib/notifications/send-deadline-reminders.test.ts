import type { ApiContext } from '@/lib/api/api-route';
import { extendPackage, rescindPackage } from '@/lib/api/packages/package-lifecycle';
import { signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { outboxMessages } from '@/lib/testing/mail';
import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { startDeadlineReminders } from './reminder-timer';
import { sendDeadlineReminders } from './send-deadline-reminders';

const HOUR = 3600 * 1000;
const SIGNERS = ['ana@example.test', 'ken+lease@example.test', 'fatima@example.test'];

describe.each(testEngines())('reminders before the deadline on %s', (dialect) => {
  let database: TestDatabase;
  /** When the package is made; its deadline is 30 hours later. */
  const start = new Date('2026-03-01T12:00:00.000Z');
  const deadline = new Date(start.getTime() + 30 * HOUR);
  const before = (hours: number, at = deadline) => new Date(at.getTime() - hours * HOUR);

  beforeAll(() => {
    process.env.PORTAL_SECRET = TEST_SECRET;
  });

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function seedDueSoon(overrides: Parameters<typeof seedPackage>[2] = {}) {
    const owner = await seedOrganization(database.db);
    const pkg = await seedPackage(
      database.db,
      owner,
      { timeSignBy: deadline.toISOString(), timeZone: 'America/New_York', ...overrides },
      start,
    );

    return { owner, pkg };
  }

  const reminders = async () =>
    (await outboxMessages(database.db)).filter((mail) => mail.subject.startsWith('Reminder'));

  function apiContext(owner: { organizationId: string; memberId: string }, now: Date): ApiContext {
    return {
      db: database.db,
      caller: { apiKeyId: 'test-key', ...owner },
      metadata: REQUEST,
      now,
      apiVersion: null,
    };
  }

  test('a day before the deadline every signer still to sign is reminded once', async () => {
    const { pkg } = await seedDueSoon();

    expect(await sendDeadlineReminders(database.db, before(25))).toEqual({ reminded: 0, held: 0 });
    expect(await reminders()).toHaveLength(0);

    expect(await sendDeadlineReminders(database.db, before(23))).toEqual({ reminded: 3, held: 0 });
    const sent = await reminders();
    expect(sent.map((mail) => mail.recipient).sort()).toEqual([...SIGNERS].sort());

    const toAna = sent.find((mail) => mail.recipient === 'ana@example.test')!;
    const link = await database.db
      .selectFrom('signing_links')
      .select('id')
      .where('signer_id', '=', pkg.signers[0]!.signerId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(toAna.body).toContain(signingLinkPlaceholder(link.id));
    // The deadline in the package's zone, named: 18:00 UTC is 1 PM in New York in winter.
    expect(toAna.body).toContain('Monday, March 2, 2026 at 1:00 PM EST');
    expect(toAna.subject).toBe(
      'Reminder: please sign Lease for 12 Quay Street by Mar 2, 2026, 1:00 PM EST',
    );
    expect(toAna.created_at).toBe(before(23).toISOString());

    const signer = await database.db
      .selectFrom('signers')
      .select('last_notified_at')
      .where('id', '=', pkg.signers[0]!.signerId)
      .executeTakeFirstOrThrow();
    expect(signer.last_notified_at).toBe(before(23).toISOString());

    const events = await database.db
      .selectFrom('audit_events')
      .select(['details', 'member_id'])
      .where('package_id', '=', pkg.packageId)
      .where('action', '=', 'reminder_sent')
      .execute();
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[0]!.details!)).toMatchObject({
      via: 'deadline',
      deadline: deadline.toISOString(),
    });
    expect(events[0]!.member_id).toBeNull();

    // Within 12 hours, and later for the same deadline: nothing more.
    expect(await sendDeadlineReminders(database.db, before(22))).toMatchObject({ reminded: 0 });
    expect(await sendDeadlineReminders(database.db, before(10))).toMatchObject({ reminded: 0 });
    expect(await sendDeadlineReminders(database.db, before(0))).toMatchObject({ reminded: 0 });
    expect(await reminders()).toHaveLength(3);
  });

  test('an extended deadline is reminded again', async () => {
    const { owner, pkg } = await seedDueSoon();
    await sendDeadlineReminders(database.db, before(23));

    await extendPackage(apiContext(owner, before(2)), { packageId: pkg.packageId, days: 7 });
    const extended = new Date(deadline.getTime() + 7 * 24 * HOUR);

    expect(await sendDeadlineReminders(database.db, before(25, extended))).toMatchObject({
      reminded: 0,
    });
    expect(await sendDeadlineReminders(database.db, before(23, extended))).toMatchObject({
      reminded: 3,
    });
    const latest = (await reminders()).slice(-3);
    expect(latest.every((mail) => mail.body.includes('Monday, March 9, 2026'))).toBe(true);
  });

  test('a signer notified in the last 12 hours is held back, then reminded', async () => {
    const { pkg } = await seedDueSoon();
    await database.db
      .updateTable('signers')
      .set({ last_notified_at: before(20).toISOString() })
      .where('package_id', '=', pkg.packageId)
      .execute();

    expect(await sendDeadlineReminders(database.db, before(19))).toEqual({ reminded: 0, held: 3 });
    expect(await sendDeadlineReminders(database.db, before(9))).toEqual({ reminded: 0, held: 3 });
    expect(await reminders()).toHaveLength(0);

    expect(await sendDeadlineReminders(database.db, before(7))).toEqual({ reminded: 3, held: 0 });
    expect(await reminders()).toHaveLength(3);
  });

  test('nobody is reminded who has signed everything, or of a closed or far package', async () => {
    const { pkg } = await seedDueSoon();
    await database.db
      .updateTable('revisions')
      .set({ signed_at: start.toISOString() })
      .where('signer_id', '=', pkg.signers[0]!.signerId)
      .execute();

    const { owner: otherOwner, pkg: cancelled } = await seedDueSoon();
    await rescindPackage(apiContext(otherOwner, start), {
      packageId: cancelled.packageId,
      notify: false,
    });
    await seedDueSoon({ state: 'draft' });
    await seedDueSoon({ type: 'Live Session' });
    await seedDueSoon({ timeSignBy: new Date(deadline.getTime() + 2 * HOUR).toISOString() });

    expect(await sendDeadlineReminders(database.db, before(23))).toEqual({ reminded: 2, held: 0 });
    expect((await reminders()).map((mail) => mail.recipient).sort()).toEqual([
      'fatima@example.test',
      'ken+lease@example.test',
    ]);

    // Past the deadline the package has expired: no reminder for the far one either.
    expect(
      await sendDeadlineReminders(database.db, new Date(deadline.getTime() + 3 * HOUR)),
    ).toEqual({ reminded: 0, held: 0 });
  });

  test('a video signing room is reminded a day before it closes, after the meeting', async () => {
    const meeting = new Date(deadline.getTime() - 7 * 24 * HOUR);
    await seedDueSoon({
      type: 'video_closing_room',
      timeSignBy: null,
      meeting: { timeStart: meeting.toISOString(), duration: 'PT1H', isPrivate: false },
    });

    expect(await sendDeadlineReminders(database.db, before(25))).toMatchObject({ reminded: 0 });
    expect(await sendDeadlineReminders(database.db, before(23))).toMatchObject({ reminded: 3 });
  });

  test('the job inside the server reminds on its own clock, and stops when told', async () => {
    await seedDueSoon();
    let clock = before(30);
    const stop = startDeadlineReminders({
      intervalMs: 20,
      clock: () => clock,
      database: async () => database.db,
    });

    try {
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await reminders()).toHaveLength(0);

      clock = before(23);
      await waitFor(async () => (await reminders()).length === 3);

      clock = before(1);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await reminders()).toHaveLength(3);
    } finally {
      stop();
    }
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;

  while (!(await condition())) {
    if (Date.now() > until) throw new Error('The job did not do it in time.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
