import { parseRateLimit, rateLimitRule } from './rate-limit-rules';

describe('rate limit settings', () => {
  afterEach(() => {
    delete process.env.RATE_LIMIT_API_PER_KEY;
  });

  test('read hits per window in seconds, minutes or hours', () => {
    expect(parseRateLimit('30/15m')).toEqual({ limit: 30, windowSeconds: 900 });
    expect(parseRateLimit(' 5 / 3600s ')).toEqual({ limit: 5, windowSeconds: 3600 });
    expect(parseRateLimit('100/1h')).toEqual({ limit: 100, windowSeconds: 3600 });
  });

  test.each(['', '30', '30/15', '0/1m', '30/0m', '-1/1m', '1.5/1m', '30/15d', 'lots'])(
    '"%s" is not a limit',
    (value) => {
      expect(parseRateLimit(value)).toBeNull();
    },
  );

  test('the environment overrides a default, and a malformed value stops the portal', () => {
    expect(rateLimitRule('apiPerKey')).toEqual({
      name: 'apiPerKey',
      limit: 600,
      windowSeconds: 60,
    });

    process.env.RATE_LIMIT_API_PER_KEY = '10/30s';
    expect(rateLimitRule('apiPerKey')).toEqual({ name: 'apiPerKey', limit: 10, windowSeconds: 30 });

    process.env.RATE_LIMIT_API_PER_KEY = 'ten a minute';
    expect(() => rateLimitRule('apiPerKey')).toThrow(/RATE_LIMIT_API_PER_KEY .*"600\/1m"/);
  });
});
