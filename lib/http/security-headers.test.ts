import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('security headers', () => {
  const options = { nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=', https: false, development: false };

  test('the policy allows scripts only by nonce, and nothing to embed, plug in or rebase', () => {
    const policy = contentSecurityPolicy(options).split('; ');

    expect(policy).toEqual(
      expect.arrayContaining([
        "script-src 'self' 'nonce-bm9uY2Utb2YtdGhlLXRlc3Q=' 'strict-dynamic'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "worker-src 'self' blob:",
      ]),
    );
    expect(policy.join(';')).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
  });

  test('HSTS and upgrades come only over HTTPS; evaluation only in development', () => {
    expect(securityHeaders(options)['Strict-Transport-Security']).toBeUndefined();

    const overHttps = securityHeaders({ ...options, https: true });
    expect(overHttps['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(overHttps['Content-Security-Policy']).toContain('upgrade-insecure-requests');

    expect(contentSecurityPolicy({ ...options, development: true })).toContain("'unsafe-eval'");
  });
});
