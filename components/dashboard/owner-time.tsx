'use client';

import { useViewerTimeZone } from '@/components/time/use-viewer-time-zone';
import { formatInstant } from '@/lib/time/format-instant';
import { formatInstantShort } from '@/lib/time/format-instant-short';

interface OwnerTimeProps {
  /** The instant, ISO 8601 in UTC. */
  iso: string;
  /** The member's own zone from their profile; when set, it wins over the browser's. */
  profileTimeZone: string | null;
  /** The zone the server rendered in, so the first client render matches it exactly. */
  serverTimeZone: string;
  locale: string;
  /** `short` for lists ("Mar 3, 2026, 10:29 AM EST"), `long` with the weekday. */
  length?: 'short' | 'long';
}

/** An instant in the owner's zone (their profile's, else their browser's), with the zone named. */
export function OwnerTime(props: OwnerTimeProps) {
  const { iso, profileTimeZone, serverTimeZone, locale, length = 'short' } = props;
  const timeZone = useViewerTimeZone(serverTimeZone, profileTimeZone);
  const format = length === 'long' ? formatInstant : formatInstantShort;

  return (
    <time dateTime={iso} title={iso}>
      {format(iso, { timeZone, locale })}
    </time>
  );
}
