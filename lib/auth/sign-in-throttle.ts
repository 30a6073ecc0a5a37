import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import {
  hitRateLimit,
  peekRateLimit,
  refundRateLimit,
  resetRateLimit,
  type RateLimitVerdict,
} from '@/lib/rate-limit/rate-limit';
import { rateLimitRule } from '@/lib/rate-limit/rate-limit-rules';

export interface SignInSource {
  /** The address as typed, trimmed and lower-cased. */
  email: string;
  ipAddress: string | null;
}

/** A sign-in may go on, or must wait this many seconds. */
export type SignInAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed sign-ins are counted per email address and per IP address with the portal's rate
 * limiter (`RATE_LIMIT_SIGN_IN_PER_EMAIL`, `RATE_LIMIT_SIGN_IN_PER_IP`), in the database, so
 * every instance shares the count.
 */
function limits(source: SignInSource) {
  return [
    { rule: rateLimitRule('signInPerEmail'), subject: source.email },
    ...(source.ipAddress
      ? [{ rule: rateLimitRule('signInPerIpAddress'), subject: source.ipAddress }]
      : []),
  ];
}

function allowance(verdicts: RateLimitVerdict[]): SignInAllowance {
  const refused = verdicts.filter((verdict) => !verdict.allowed);
  if (refused.length === 0) return { allowed: true };

  return {
    allowed: false,
    retryAfterSeconds: Math.max(...refused.map((verdict) => verdict.retryAfterSeconds)),
  };
}

/**
 * Counts an attempt as failed before the password is checked, so that attempts made at the
 * same moment cannot slip past the limit together; `signInSucceeded` takes it back.
 */
export async function reserveSignInAttempt(
  db: Kysely<Database>,
  source: SignInSource,
  now: Date,
): Promise<SignInAllowance> {
  const verdicts = await Promise.all(
    limits(source).map(({ rule, subject }) => hitRateLimit(db, rule, subject, now)),
  );

  return allowance(verdicts);
}

/** Whether an attempt would be refused, without counting it: the sign-in route asks first. */
export async function signInAllowance(
  db: Kysely<Database>,
  source: SignInSource,
  now: Date,
): Promise<SignInAllowance> {
  const verdicts = await Promise.all(
    limits(source).map(({ rule, subject }) => peekRateLimit(db, rule, subject, now)),
  );

  return allowance(verdicts);
}

/** Records one failed attempt. */
export async function recordFailedSignIn(db: Kysely<Database>, source: SignInSource, now: Date) {
  await reserveSignInAttempt(db, source, now);
}

/**
 * A successful sign-in forgets the failed attempts on its email address, and takes back the
 * attempt counted against its IP address.
 */
export async function signInSucceeded(db: Kysely<Database>, source: SignInSource, now: Date) {
  await resetRateLimit(db, rateLimitRule('signInPerEmail'), source.email);

  if (source.ipAddress) {
    await refundRateLimit(db, rateLimitRule('signInPerIpAddress'), source.ipAddress, now);
  }
}
