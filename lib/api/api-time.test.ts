import { formatApiInstant, parseApiInstant } from './api-time';

describe('API times', () => {
  test.each([
    ['2026-03-01T04:59:59Z', '2026-03-01T04:59:59.000Z'],
    ['2026-03-01T04:59Z', '2026-03-01T04:59:00.000Z'],
    ['2026-03-01T04:59:59.1Z', '2026-03-01T04:59:59.100Z'],
    ['2026-03-01T04:59:59.1234567Z', '2026-03-01T04:59:59.123Z'],
    ['2026-02-28T23:59:59.0000000-05:00', '2026-03-01T04:59:59.000Z'],
    ['2026-03-01T06:59:59+02:00', '2026-03-01T04:59:59.000Z'],
    ['2026-03-01T10:29:59+0530', '2026-03-01T04:59:59.000Z'],
  ])('%s is the instant %s', (text, instant) => {
    expect(parseApiInstant(text)).toBe(instant);
  });

  test.each([
    '2026-03-01T04:59:59',
    '2026-03-01T04:59:59.12345678Z',
    '2026-03-01',
    '2026-02-30T12:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01 04:59:59Z',
    '2026-03-01T04:59:59z',
    'tomorrow',
    '',
  ])('%p is refused', (text) => {
    expect(parseApiInstant(text)).toBeNull();
  });

  test('output has seven fractional digits and Z', () => {
    expect(formatApiInstant('2026-03-01T04:59:59.000Z')).toBe('2026-03-01T04:59:59.0000000Z');
    expect(formatApiInstant('2026-03-01T04:59:59.123Z')).toBe('2026-03-01T04:59:59.1230000Z');
    expect(formatApiInstant(null)).toBeNull();
  });
});
