import { calendarDay, formatInstant } from '../time/format-instant';
import {
  effectivePackageState,
  isLinkExpired,
  isPastDeadline,
  linkExpiry,
  packageDeadline,
  type PackageClockFacts,
} from './deadlines';

function pkg(extra: Partial<PackageClockFacts>): PackageClockFacts {
  return { type: 'concurrent', state: 'open', timeSignBy: null, meetingTimeStart: null, ...extra };
}

describe('package deadline', () => {
  test('is timeSignBy for every type but the video signing room', () => {
    const deadline = packageDeadline(pkg({ timeSignBy: '2026-03-01T04:59:59Z' }));

    expect(deadline?.toISOString()).toBe('2026-03-01T04:59:59.000Z');
  });

  test('is seven days after the meeting start for a video signing room', () => {
    const room = pkg({
      type: 'video_closing_room',
      timeSignBy: '2026-03-02T00:00:00Z',
      meetingTimeStart: '2026-03-05T16:00:00Z',
    });

    expect(packageDeadline(room)?.toISOString()).toBe('2026-03-12T16:00:00.000Z');
  });

  test('is absent when no time is set', () => {
    expect(packageDeadline(pkg({}))).toBeNull();
    expect(packageDeadline(pkg({ type: 'video_closing_room' }))).toBeNull();
  });
});

describe('expiry', () => {
  const deadline = '2026-03-01T04:59:59Z';

  // The same instant falls on different calendar days around the world: the deadline is one
  // instant, and the zone only changes how it reads.
  test.each([
    ['America/New_York', '2026-02-28', /11:59 PM/],
    ['America/Los_Angeles', '2026-02-28', /8:59 PM/],
    ['UTC', '2026-03-01', /4:59 AM/],
    ['Asia/Kolkata', '2026-03-01', /10:29 AM/],
    ['Pacific/Auckland', '2026-03-01', /5:59 PM/],
  ])('a deadline of 04:59:59Z reads in %s as %s', (timeZone, day, time) => {
    expect(calendarDay(deadline, timeZone)).toBe(day);
    expect(formatInstant(deadline, { timeZone, locale: 'en-US' })).toMatch(time);
  });

  test.each([
    ['one millisecond before', '2026-03-01T04:59:58.999Z', false],
    ['at the deadline itself', '2026-03-01T04:59:59.000Z', false],
    ['one millisecond after', '2026-03-01T04:59:59.001Z', true],
    ['a day later', '2026-03-02T04:59:59.000Z', true],
  ])('%s the deadline, an open package expired: %s', (_label, at, expired) => {
    const open = pkg({ timeSignBy: deadline });

    expect(isPastDeadline(open, new Date(at))).toBe(expired);
    expect(effectivePackageState(open, new Date(at))).toBe(expired ? 'expired' : 'open');
  });

  test('the deadline does not depend on the zone the package was written in', () => {
    const fromNewYork = pkg({ timeSignBy: new Date('2026-02-28T23:59:59-05:00').toISOString() });
    const fromKolkata = pkg({ timeSignBy: new Date('2026-03-01T10:29:59+05:30').toISOString() });

    expect(packageDeadline(fromNewYork)).toEqual(packageDeadline(fromKolkata));
  });

  test.each(['draft', 'executed', 'rescinded', 'select', 'add', 'future_state'])(
    'a %s package is not turned into expired by its deadline',
    (state) => {
      const past = pkg({ state, timeSignBy: '2020-01-01T00:00:00Z' });

      expect(effectivePackageState(past, new Date('2026-01-01T00:00:00Z'))).toBe(state);
    },
  );

  test('a video signing room expires seven days after its meeting, whatever timeSignBy says', () => {
    const room = pkg({
      type: 'video_closing_room',
      timeSignBy: '2026-03-01T00:00:00Z',
      meetingTimeStart: '2026-03-02T16:00:00Z',
    });

    expect(effectivePackageState(room, new Date('2026-03-09T15:59:59Z'))).toBe('open');
    expect(effectivePackageState(room, new Date('2026-03-09T16:00:01Z'))).toBe('expired');
  });

  test('a link stops working at its timeExpires', () => {
    expect(isLinkExpired('2026-03-01T00:00:00Z', new Date('2026-02-28T23:59:59.999Z'))).toBe(false);
    expect(isLinkExpired('2026-03-01T00:00:00Z', new Date('2026-03-01T00:00:00Z'))).toBe(true);
  });

  test('a new link lives its own lifetime but never past the package deadline', () => {
    const issuedAt = new Date('2026-03-01T00:00:00Z');
    const far = pkg({ timeSignBy: '2026-06-01T00:00:00Z' });
    const near = pkg({ timeSignBy: '2026-03-03T00:00:00Z' });

    expect(linkExpiry(far, issuedAt, 14).toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(linkExpiry(near, issuedAt, 14).toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(linkExpiry(pkg({}), issuedAt, 14).toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

  test('a new link to an executed package lives its lifetime, even past the deadline', () => {
    const issuedAt = new Date('2026-03-05T00:00:00Z');
    const executed = pkg({ state: 'executed', timeSignBy: '2026-03-03T00:00:00Z' });

    expect(linkExpiry(executed, issuedAt, 14).toISOString()).toBe('2026-03-19T00:00:00.000Z');
  });
});
