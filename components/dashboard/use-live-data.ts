'use client';

import { useMemo } from 'react';
import useSWR from 'swr';

import type { ViewerContext } from '@/lib/viewer/viewer-context';

import type { OwnerClock } from './owner-clock';

/** How often an open dashboard page asks for fresh data while it is visible. */
export const LIVE_REFRESH_MS = 5_000;

/** A refresh the server refused or could not answer; the page keeps what it last showed. */
export class LiveDataError extends Error {
  constructor(readonly status: number) {
    super(`The dashboard data answered ${status}.`);
    this.name = 'LiveDataError';
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new LiveDataError(response.status);

  return (await response.json()) as T;
}

/**
 * Data of a dashboard page that refreshes on focus and every few seconds while the page is
 * visible. The server's render is the first data, so nothing flashes or loads twice; a failed
 * refresh keeps what was shown and says so.
 */
export function useLiveData<T extends { now: string }>(
  url: string,
  initial: T,
  clock: { viewer: ViewerContext; profileTimeZone: string | null },
): { data: T; clock: OwnerClock; stale: boolean } {
  const { data, error } = useSWR<T, Error>(url, fetchJson, {
    fallbackData: initial,
    refreshInterval: LIVE_REFRESH_MS,
    revalidateOnFocus: true,
    revalidateIfStale: false,
    keepPreviousData: true,
  });
  const current = data ?? initial;
  const { viewer, profileTimeZone } = clock;
  const ownerClock = useMemo(
    () => ({ now: new Date(current.now), viewer, profileTimeZone }),
    [current.now, viewer, profileTimeZone],
  );

  return { data: current, clock: ownerClock, stale: error !== undefined };
}
