/**
 * The portal's clock. Tests and the demo may shift it by `PORTAL_CLOCK_OFFSET_MS` to see a
 * package at another moment of its life; production leaves it unset.
 */
export function now(): Date {
  const offset = Number(process.env.PORTAL_CLOCK_OFFSET_MS ?? 0);

  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
}

/** An instant as stored and exchanged: ISO 8601 in UTC with milliseconds and `Z`. */
export function toInstant(date: Date): string {
  return date.toISOString();
}
