/** A zone to pick from a list: its IANA name and how people read it, with its offset now. */
export interface TimeZoneOption {
  value: string;
  label: string;
}

/**
 * Every zone this runtime knows, by name, each labelled with its offset from UTC at `at`
 * ("America/New York (GMT-05:00)"), so a zone can be found by typing its city.
 */
export function timeZoneOptions(at: Date): TimeZoneOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');

  return [...zones].sort().map((zone) => ({ value: zone, label: timeZoneLabel(zone, at) }));
}

/** "Asia/Kolkata (GMT+05:30)"; UTC is itself. */
export function timeZoneLabel(zone: string, at: Date): string {
  if (zone === 'UTC') return 'UTC';

  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';

  return `${zone.replaceAll('_', ' ')} (${offset === 'GMT' ? 'GMT+00:00' : offset})`;
}
