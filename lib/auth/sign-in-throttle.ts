import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/** Failed attempts are counted over this window, and a refusal lasts until they age out of it. */
export const SIGN_IN_WINDOW_MINUTES = 15;

/** Failed attempts on one email address before its sign-in pauses. */
export const MAX_FAILURES_PER_EMAIL = 5;

/**
 * Failed attempts from one IP address before sign-in from it pauses. Higher than per email,
 * because an office shares one address among several people who mistype.
 */
export const MAX_FAILURES_PER_IP_ADDRESS = 20;

export interface SignInSource {
  /** The address as typed, trimmed and lower-cased. */
  email: string;
  ipAddress: string | null;
}

function windowStart(now: Date): string {
  return toInstant(new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000));
}

/** True while the email address or the IP address has too many recent failed attempts. */
export async function isSignInThrottled(
  db: Kysely<Database>,
  source: SignInSource,
  now: Date,
): Promise<boolean> {
  const since = windowStart(now);
  const count = (column: 'email' | 'ip_address', value: string) =>
    db
      .selectFrom('sign_in_attempts')
      .select((eb) => eb.fn.countAll<number | string>().as('failures'))
      .where(column, '=', value)
      .where('attempted_at', '>', since)
      .executeTakeFirstOrThrow();

  const [byEmail, byIpAddress] = await Promise.all([
    count('email', source.email),
    source.ipAddress ? count('ip_address', source.ipAddress) : { failures: 0 },
  ]);

  return (
    Number(byEmail.failures) >= MAX_FAILURES_PER_EMAIL ||
    Number(byIpAddress.failures) >= MAX_FAILURES_PER_IP_ADDRESS
  );
}

/** Records one failed attempt, and forgets those too old to count any more. */
export async function recordFailedSignIn(db: Kysely<Database>, source: SignInSource, now: Date) {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('sign_in_attempts')
      .where('attempted_at', '<=', windowStart(now))
      .execute();
    await trx
      .insertInto('sign_in_attempts')
      .values({
        id: randomUUID(),
        email: source.email,
        ip_address: source.ipAddress,
        attempted_at: toInstant(now),
      })
      .execute();
  });
}

/** A successful sign-in forgets the failed attempts on that email address. */
export async function clearFailedSignIns(db: Kysely<Database>, email: string) {
  await db.deleteFrom('sign_in_attempts').where('email', '=', email).execute();
}
