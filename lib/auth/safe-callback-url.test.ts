import { DEFAULT_AFTER_SIGN_IN, safeCallbackUrl } from './safe-callback-url';

describe('safeCallbackUrl', () => {
  test.each(['/dashboard', '/dashboard/packages/1?tab=audit'])(
    'keeps a path of the portal: %s',
    (path) => {
      expect(safeCallbackUrl(path)).toBe(path);
    },
  );

  test.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '',
    undefined,
    ['/dashboard'],
  ])('replaces %j with the dashboard', (value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
