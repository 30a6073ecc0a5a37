import { formatInstantShort } from './format-instant-short';

describe('formatInstantShort', () => {
  test('names the zone, and keeps the day of that zone', () => {
    const iso = '2026-03-01T04:59:59Z';

    expect(formatInstantShort(iso, { timeZone: 'America/New_York', locale: 'en-US' })).toBe(
      'Feb 28, 2026, 11:59 PM EST',
    );
    expect(formatInstantShort(iso, { timeZone: 'Asia/Kolkata', locale: 'en-US' })).toBe(
      'Mar 1, 2026, 10:29 AM GMT+5:30',
    );
  });

  test('falls back to UTC, named, for a zone that does not exist', () => {
    expect(
      formatInstantShort('2026-03-01T04:59:59Z', { timeZone: 'Nowhere', locale: 'en-US' }),
    ).toBe('Mar 1, 2026, 4:59 AM UTC');
  });
});
