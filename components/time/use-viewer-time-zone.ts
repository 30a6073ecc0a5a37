'use client';

import { useEffect, useSyncExternalStore } from 'react';

const TIME_ZONE_COOKIE = 'tz';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function subscribe(): () => void {
  return () => {};
}

/**
 * The zone to show times in: the viewer's own zone from their profile when they have one,
 * otherwise their browser's. The server renders in the zone it knows (`serverTimeZone`), so the
 * first client render matches it; after hydration the browser's zone takes over and is kept in
 * a cookie, so the next page is rendered in it from the start.
 */
export function useViewerTimeZone(serverTimeZone: string, profileTimeZone?: string | null) {
  const browser = useSyncExternalStore(subscribe, browserTimeZone, () => serverTimeZone);

  useEffect(() => {
    if (!profileTimeZone && browser !== serverTimeZone) {
      const value = encodeURIComponent(browser);
      document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    }
  }, [profileTimeZone, browser, serverTimeZone]);

  return profileTimeZone ?? browser;
}
