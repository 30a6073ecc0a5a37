/**
 * Times in the package API: ISO 8601 instants. Input takes 0 to 7 fractional digits of a second
 * and any explicit offset (`Z`, `+02:00`, `-0500`); a time without an offset names no instant
 * and is refused. Output is UTC with 7 fractional digits, as the contract's clients expect.
 */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

export const INSTANT_EXAMPLE = '2026-03-01T04:59:59Z or 2026-02-28T23:59:59.0000000-05:00';

/**
 * The instant an API time names, as stored (UTC, milliseconds, `Z`), or null when the text is
 * not a valid ISO 8601 time with an offset. Digits past the millisecond are dropped.
 */
export function parseApiInstant(text: string): string | null {
  const match = INSTANT_PATTERN.exec(text);
  if (!match) return null;

  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, millisecond);
  const date = new Date(utc);

  // Date.UTC rolls 30 February over into March; a calendar date that does not exist is refused.
  const exists =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60;
  if (!exists) return null;

  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return null;

  const sign = match[9] === '-' ? -1 : 1;
  const offsetMs = sign * (offsetHours * 60 + offsetMinutes) * 60_000;

  return new Date(utc - offsetMs).toISOString();
}

/** A stored instant as the API writes it: `2026-03-01T04:59:59.0000000Z`. */
export function formatApiInstant(instant: string): string;
export function formatApiInstant(instant: string | null): string | null;
export function formatApiInstant(instant: string | null): string | null {
  if (instant === null) return null;

  return new Date(instant).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}
