import type { RateLimitRule } from './rate-limit';

/**
 * The portal's rate limits, each with the environment variable that changes it. A value is
 * `hits/window`, the window in seconds, minutes or hours: `30/15m`, `600/1m`, `5/3600s`. The
 * defaults leave room for people who mistype and for busy integrations, and stop guessing.
 */
export const RATE_LIMIT_DEFAULTS = {
  /** Signing-link look-ups from one IP address that found no link. */
  unknownSigningLinks: { variable: 'RATE_LIMIT_UNKNOWN_LINKS_PER_IP', value: '30/15m' },
  /** Failed sign-ins on one email address. */
  signInPerEmail: { variable: 'RATE_LIMIT_SIGN_IN_PER_EMAIL', value: '5/15m' },
  /** Failed sign-ins from one IP address; higher, as an office shares one address. */
  signInPerIpAddress: { variable: 'RATE_LIMIT_SIGN_IN_PER_IP', value: '20/15m' },
  /** Package API requests with one key. */
  apiPerKey: { variable: 'RATE_LIMIT_API_PER_KEY', value: '600/1m' },
  /** Package API requests from one IP address, whatever the key. */
  apiPerIpAddress: { variable: 'RATE_LIMIT_API_PER_IP', value: '1200/1m' },
} as const;

export type RateLimitName = keyof typeof RATE_LIMIT_DEFAULTS;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** Reads `hits/window`; null for anything else. */
export function parseRateLimit(value: string): { limit: number; windowSeconds: number } | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smh])\s*$/.exec(value);
  if (!match) return null;

  const limit = Number(match[1]);
  const windowSeconds = Number(match[2]) * UNIT_SECONDS[match[3]!]!;
  if (limit < 1 || windowSeconds < 1) return null;

  return { limit, windowSeconds };
}

/** A limit as configured; a malformed setting stops the portal rather than limit nothing. */
export function rateLimitRule(name: RateLimitName): RateLimitRule {
  const { variable, value } = RATE_LIMIT_DEFAULTS[name];
  const configured = process.env[variable]?.trim() || value;
  const parsed = parseRateLimit(configured);

  if (!parsed) {
    throw new Error(
      `${variable} must be hits per window, such as "${value}" (s, m or h); it is "${configured}".`,
    );
  }

  return { name, ...parsed };
}
