'use client';

import { useViewerTimeZone } from '@/components/time/use-viewer-time-zone';
import { formatInstant } from '@/lib/time/format-instant';

interface LocalTimeProps {
  /** The instant, ISO 8601 in UTC. */
  iso: string;
  /** The zone the server rendered in, so the first client render matches it exactly. */
  serverTimeZone: string;
  locale: string;
}

/** An instant in the viewer's own zone, with the zone named. */
export function LocalTime({ iso, serverTimeZone, locale }: LocalTimeProps) {
  const timeZone = useViewerTimeZone(serverTimeZone);

  return (
    <time dateTime={iso} title={iso}>
      {formatInstant(iso, { timeZone, locale })}
    </time>
  );
}
