/**
 * The codes a refused sign-in comes back with, and what each tells the person signing in.
 * `CredentialsSignin` is the code next-auth itself gives a refused email and password.
 */
export const SIGN_IN_ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin:
    'That email address and password do not match. Check both and try again; passwords are case-sensitive.',
  TooManyAttempts:
    'Too many failed attempts. Sign-in is paused for this address for 15 minutes; try again after that.',
};

export const THROTTLED_ERROR = 'TooManyAttempts';

/** The message for a refusal code, with a general one for a code this page does not know. */
export function signInErrorMessage(code: string): string {
  return SIGN_IN_ERROR_MESSAGES[code] ?? 'Sign-in did not work. Try again in a moment.';
}
