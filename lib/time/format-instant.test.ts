import { formatInstant, formatRelative } from './format-instant';
import { isValidTimeZone, localeFromAcceptLanguage, sanitizeTimeZone } from './zones';

describe('formatInstant', () => {
  test('names the zone it shows the time in', () => {
    const text = formatInstant('2026-03-01T04:59:59Z', {
      timeZone: 'America/Los_Angeles',
      locale: 'en-US',
    });

    expect(text).toBe('Saturday, February 28, 2026 at 8:59 PM PST');
  });

  test('reads in the viewer’s language', () => {
    const text = formatInstant('2026-03-01T04:59:59Z', { timeZone: 'Asia/Tokyo', locale: 'ja-JP' });

    expect(text).toContain('2026年3月1日');
    expect(text).toContain('13:59');
    expect(text).toContain('JST');
  });

  test('falls back to UTC, named, for a zone that does not exist', () => {
    const text = formatInstant('2026-03-01T04:59:59Z', {
      timeZone: 'Mars/Olympus',
      locale: 'en-US',
    });

    expect(text).toBe('Sunday, March 1, 2026 at 4:59 AM UTC');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  test.each([
    ['2026-03-04T12:00:00Z', 'in 3 days'],
    ['2026-03-04T13:00:00Z', 'in 3 days'],
    ['2026-03-02T12:00:00Z', 'tomorrow'],
    ['2026-03-01T14:30:00Z', 'in 2 hours'],
    ['2026-03-01T12:00:20Z', 'this minute'],
    ['2026-02-27T12:00:00Z', '2 days ago'],
    ['2026-02-27T14:00:00Z', '2 days ago'],
    ['2026-03-03T10:00:00Z', 'in 2 days'],
  ])('%s is %s', (iso, text) => {
    expect(formatRelative(iso, now, 'en-US')).toBe(text);
  });
});

describe('zones and locales', () => {
  test.each([
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
    [42, false],
  ])('%j is a valid zone: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  test('an invalid zone falls back to UTC', () => {
    expect(sanitizeTimeZone('not a zone')).toBe('UTC');
  });

  test.each([
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja-JP'],
    ['vi', 'vi'],
    ['*', 'en-US'],
    [null, 'en-US'],
    ['@@@, en-GB', 'en-GB'],
  ])('Accept-Language %j gives %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
