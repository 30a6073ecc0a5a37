import { loggablePath } from './loggable-path';

const TOKEN = 'lA2_0zKVHyUO-YjmUfMLuA';

describe('paths as they are logged', () => {
  test.each([
    [`/sign/${TOKEN}`, '/sign/[token]'],
    [`/sign/${TOKEN}/documents/7c1e/pdf`, '/sign/[token]/documents/7c1e/pdf'],
    [`//sign/${TOKEN}/consent`, '/sign/[token]/consent'],
    [`/SIGN/${TOKEN}`, '/sign/[token]'],
    ['/sign/', '/sign/[token]'],
    ['/dashboard/packages/5d0f', '/dashboard/packages/5d0f'],
    ['/api/v1/packages/list', '/api/v1/packages/list'],
  ])('%s is logged as %s', (path, logged) => {
    expect(loggablePath(path)).toBe(logged);
  });

  test('query values never appear, and names only when they are plain words', () => {
    const logged = loggablePath(
      `/sign-in?callbackUrl=%2Fsign%2F${TOKEN}&error=CredentialsSignin&${TOKEN}=1&q=ana%40x.test`,
    );

    expect(logged).toBe(
      '/sign-in?callbackUrl=[redacted]&error=[redacted]&[name]=[redacted]&q=[redacted]',
    );
    expect(logged).not.toContain(TOKEN);
  });
});
