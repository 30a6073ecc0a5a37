import { sanitizeTimeZone } from './zones';

/**
 * An instant in a zone, short enough for a list and still with the zone named:
 * "Mar 3, 2026, 10:29 AM GMT+5:30".
 */
export function formatInstantShort(iso: string, options: { timeZone: string; locale: string }) {
  return new Intl.DateTimeFormat(options.locale, {
    timeZone: sanitizeTimeZone(options.timeZone),
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}
