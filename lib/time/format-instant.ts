import { formatCache } from './format-cache';
import { sanitizeTimeZone } from './zones';

export interface InstantFormatOptions {
  /** IANA zone of the viewer; an invalid one falls back to UTC. */
  timeZone: string;
  /** BCP 47 locale of the viewer ("en-US", "ja-JP"). */
  locale: string;
}

/**
 * An instant as a person reads it in their own zone, with the zone named:
 * "Tuesday, March 3, 2026 at 10:29 AM GMT+5:30".
 */
export function formatInstant(iso: string, options: InstantFormatOptions): string {
  const timeZone = sanitizeTimeZone(options.timeZone);
  const format = longFormats(
    `${options.locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(options.locale, {
        timeZone,
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  );

  return format.format(new Date(iso));
}

const longFormats = formatCache<Intl.DateTimeFormat>();
const dayFormats = formatCache<Intl.DateTimeFormat>();
const relativeFormats = formatCache<Intl.RelativeTimeFormat>();

/** The calendar day of an instant in a zone, as YYYY-MM-DD (for day-level comparisons). */
export function calendarDay(iso: string, timeZone: string): string {
  const zone = sanitizeTimeZone(timeZone);
  const format = dayFormats(
    zone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  );

  return format.format(new Date(iso));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600 * 1000],
  ['month', 30 * 24 * 3600 * 1000],
  ['day', 24 * 3600 * 1000],
  ['hour', 3600 * 1000],
  ['minute', 60 * 1000],
];

/**
 * How far an instant is from now, in words ("in 3 days", "2 hours ago"). Computed from the two
 * instants alone, so it reads the same in every zone.
 */
export function formatRelative(iso: string, now: Date, locale: string): string {
  const difference = Date.parse(iso) - now.getTime();
  const format = relativeFormats(
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );

  for (const [unit, size] of RELATIVE_UNITS) {
    // Days and longer are rounded, so 46 hours reads "2 days ago", not "yesterday".
    const round = size >= RELATIVE_UNITS[2]![1] ? Math.round : Math.trunc;

    if (Math.abs(difference) >= size) return format.format(round(difference / size), unit);
  }

  return format.format(0, 'minute');
}
