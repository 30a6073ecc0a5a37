import { formatCache } from './format-cache';

/** The zone used when a viewer's own zone is not known or not valid. */
export const FALLBACK_TIME_ZONE = 'UTC';

/** True for an IANA zone name this runtime knows ("Asia/Kolkata", "UTC"). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;

  return knownZones(timeZone, () => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });

      return true;
    } catch {
      return false;
    }
  });
}

const knownZones = formatCache<boolean>();

/** The viewer's zone when it is valid, otherwise UTC, never an exception. */
export function sanitizeTimeZone(timeZone: unknown): string {
  return isValidTimeZone(timeZone) ? timeZone : FALLBACK_TIME_ZONE;
}

/** The first locale of an Accept-Language header this runtime supports, else "en-US". */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  const candidates = (header ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag && tag !== '*');

  for (const tag of candidates) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // A malformed tag is skipped, as browsers do.
    }
  }

  return 'en-US';
}
