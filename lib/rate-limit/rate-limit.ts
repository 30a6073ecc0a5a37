import { createHash } from 'node:crypto';

import { sql, type Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';

/** A limit: at most `limit` hits per subject in each window of `windowSeconds`. */
export interface RateLimitRule {
  /** Names the limit in its buckets, say `api-per-key`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  hits: number;
  /** Whole seconds until the window ends and the count starts again; at least 1. */
  retryAfterSeconds: number;
}

/**
 * Windows are fixed and start at multiples of their length since the epoch, so every instance
 * of the portal puts a hit in the same window without talking to the others.
 */
function windowEnd(rule: RateLimitRule, now: Date): string {
  const length = rule.windowSeconds * 1000;

  return toInstant(new Date((Math.floor(now.getTime() / length) + 1) * length));
}

/** The bucket of a rule and subject: the subject is hashed, so none is kept in clear. */
function bucketOf(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash('sha256').update(subject).digest('hex').slice(0, 40)}`;
}

function verdict(rule: RateLimitRule, hits: number, endsAt: string, now: Date): RateLimitVerdict {
  const remaining = Math.ceil((new Date(endsAt).getTime() - now.getTime()) / 1000);

  return {
    allowed: hits <= rule.limit,
    hits,
    retryAfterSeconds: Math.min(Math.max(remaining, 1), rule.windowSeconds),
  };
}

/**
 * Counts one hit of a subject against a rule and says whether it is within the limit. One
 * atomic upsert on both engines, so concurrent hits on several instances are all counted: the
 * count goes on in the current window, or starts again at 1 in a new one. A window that an
 * instance with a clock running behind would go back to is kept.
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<RateLimitVerdict> {
  const endsAt = windowEnd(rule, now);
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ bucket: bucketOf(rule, subject), window_ends_at: endsAt, hits: 1 })
    .onConflict((conflict) =>
      conflict.column('bucket').doUpdateSet({
        hits: sql<number>`case when rate_limit_counters.window_ends_at >= excluded.window_ends_at
          then rate_limit_counters.hits + 1 else 1 end`,
        window_ends_at: sql<string>`case
          when rate_limit_counters.window_ends_at >= excluded.window_ends_at
          then rate_limit_counters.window_ends_at else excluded.window_ends_at end`,
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();

  if (Math.random() < 0.01) await forgetEndedWindows(db, now);

  return verdict(rule, Number(row.hits), row.window_ends_at, now);
}

/** Whether a subject has room left under a rule, without counting a hit. */
export async function peekRateLimit(
  db: Kysely<Database>,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<RateLimitVerdict> {
  const row = await db
    .selectFrom('rate_limit_counters')
    .select(['hits', 'window_ends_at'])
    .where('bucket', '=', bucketOf(rule, subject))
    .where('window_ends_at', '>', toInstant(now))
    .executeTakeFirst();

  // The hit the caller is about to make counts too: room is left while it stays within the limit.
  const hits = Number(row?.hits ?? 0) + 1;

  return verdict(rule, hits, row?.window_ends_at ?? windowEnd(rule, now), now);
}

/**
 * Takes back one hit counted in the current window, for a hit counted before its outcome was
 * known that turned out not to count (a signing link that exists, a password that matched).
 */
export async function refundRateLimit(
  db: Kysely<Database>,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('rate_limit_counters')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('bucket', '=', bucketOf(rule, subject))
    .where('window_ends_at', '=', windowEnd(rule, now))
    .where('hits', '>', 0)
    .execute();
}

/** Forgets a subject's hits under a rule, as a successful sign-in does for its address. */
export async function resetRateLimit(
  db: Kysely<Database>,
  rule: RateLimitRule,
  subject: string,
): Promise<void> {
  await db
    .deleteFrom('rate_limit_counters')
    .where('bucket', '=', bucketOf(rule, subject))
    .execute();
}

/** Removes counters whose window has ended; they would start again at 1 anyway. */
export async function forgetEndedWindows(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('rate_limit_counters')
    .where('window_ends_at', '<=', toInstant(now))
    .execute();
}
