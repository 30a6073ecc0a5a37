'use client';

import { useEffect, useSyncExternalStore } from 'react';

import { formatInstant } from '@/lib/time/format-instant';
import { formatInstantShort } from '@/lib/time/format-instant-short';

const TIME_ZONE_COOKIE = 'tz';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function subscribe(): () => void {
  return () => {};
}

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

/**
 * An instant in the owner's zone, with the zone named: the zone of their profile when they
 * have set one, otherwise their browser's, remembered in a cookie for the next page.
 */
export function OwnerTime(props: OwnerTimeProps) {
  const { iso, profileTimeZone, serverTimeZone, locale, length = 'short' } = props;
  const browser = useSyncExternalStore(subscribe, browserTimeZone, () => serverTimeZone);
  const timeZone = profileTimeZone ?? browser;

  useEffect(() => {
    if (!profileTimeZone && browser !== serverTimeZone) {
      const value = encodeURIComponent(browser);
      document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    }
  }, [profileTimeZone, browser, serverTimeZone]);

  const format = length === 'long' ? formatInstant : formatInstantShort;

  return (
    <time dateTime={iso} title={iso}>
      {format(iso, { timeZone, locale })}
    </time>
  );
}
