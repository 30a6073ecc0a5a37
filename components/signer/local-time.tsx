'use client';

import { useEffect, useSyncExternalStore } from 'react';

import { formatInstant } from '@/lib/time/format-instant';

const TIME_ZONE_COOKIE = 'tz';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function subscribe(): () => void {
  return () => {};
}

interface LocalTimeProps {
  /** The instant, ISO 8601 in UTC. */
  iso: string;
  /** The zone the server rendered in, so the first client render matches it exactly. */
  serverTimeZone: string;
  locale: string;
}

/**
 * An instant in the viewer's own zone, with the zone named. The server renders it in the zone
 * it knows; after hydration the browser's zone takes over and is remembered in a cookie, so
 * the next page is rendered in it from the start.
 */
export function LocalTime({ iso, serverTimeZone, locale }: LocalTimeProps) {
  const timeZone = useSyncExternalStore(subscribe, browserTimeZone, () => serverTimeZone);

  useEffect(() => {
    if (timeZone !== serverTimeZone) {
      const value = encodeURIComponent(timeZone);
      document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    }
  }, [timeZone, serverTimeZone]);

  return (
    <time dateTime={iso} title={iso}>
      {formatInstant(iso, { timeZone, locale })}
    </time>
  );
}
