import { formatCache } from './format-cache';
import { sanitizeTimeZone } from './zones';

const shortFormats = formatCache<Intl.DateTimeFormat>();

/**
 * An instant in a zone, short enough for a list and still with the zone named:
 * "Mar 3, 2026, 10:29 AM GMT+5:30".
 */
export function formatInstantShort(iso: string, options: { timeZone: string; locale: string }) {
  const timeZone = sanitizeTimeZone(options.timeZone);
  const format = shortFormats(
    `${options.locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(options.locale, {
        timeZone,
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  );

  return format.format(new Date(iso));
}
