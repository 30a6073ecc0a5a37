import 'server-only';

import { cookies, headers } from 'next/headers';

import { localeFromAcceptLanguage, sanitizeTimeZone } from '@/lib/time/zones';

/** Cookie in which the browser tells the server its IANA time zone. */
export const TIME_ZONE_COOKIE = 'tz';

export interface ViewerContext {
  timeZone: string;
  locale: string;
}

/**
 * The viewer's zone and language for server rendering: the zone the browser reported in its
 * cookie (UTC, named as such, until it has), and the first language it accepts.
 */
export async function viewerContext(): Promise<ViewerContext> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);

  return {
    timeZone: sanitizeTimeZone(cookieStore.get(TIME_ZONE_COOKIE)?.value),
    locale: localeFromAcceptLanguage(headerList.get('accept-language')),
  };
}
