/** Where a member lands after signing in when the address names nowhere else. */
export const DEFAULT_AFTER_SIGN_IN = '/dashboard';

/**
 * A path of this portal to return to after signing in. Anything else (another site, `//host`,
 * a backslash trick) is replaced by the dashboard, so the sign-in page cannot send people away.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1000) return DEFAULT_AFTER_SIGN_IN;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }

  return value;
}
