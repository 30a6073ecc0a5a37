import { timeZoneLabel, timeZoneOptions } from './time-zone-options';

describe('time zone options', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');

  test('each zone is labelled with its city and its offset at that moment', () => {
    expect(timeZoneLabel('America/New_York', winter)).toBe('America/New York (GMT-05:00)');
    expect(timeZoneLabel('America/New_York', summer)).toBe('America/New York (GMT-04:00)');
    expect(timeZoneLabel('Asia/Kolkata', winter)).toBe('Asia/Kolkata (GMT+05:30)');
    expect(timeZoneLabel('Africa/Abidjan', winter)).toBe('Africa/Abidjan (GMT+00:00)');
    expect(timeZoneLabel('UTC', winter)).toBe('UTC');
  });

  test('the list holds UTC and the zones in order of their names', () => {
    const values = timeZoneOptions(winter).map((option) => option.value);

    expect(values).toContain('UTC');
    expect(values).toContain('Europe/Lisbon');
    expect(values).toEqual([...values].sort());
    expect(new Set(values).size).toBe(values.length);
  });
});
