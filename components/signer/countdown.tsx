'use client';

import { useSyncExternalStore } from 'react';

let minute = Math.floor(Date.now() / 60_000);

function subscribe(onChange: () => void) {
  const timer = setInterval(() => {
    const current = Math.floor(Date.now() / 60_000);
    if (current !== minute) {
      minute = current;
      onChange();
    }
  }, 5_000);

  return () => clearInterval(timer);
}

interface CountdownProps {
  /** ISO instant the countdown runs to. */
  until: string;
  /** The server's clock when it rendered, so the first render in the browser matches it. */
  serverNow: string;
  /** Where to go once the time has come. */
  href: string;
}

/** "Signing opens in 2 days, 3 hours", kept up to date each minute while the page is open. */
export function Countdown({ until, serverNow, href }: CountdownProps) {
  const nowMinute = useSyncExternalStore(
    subscribe,
    () => minute,
    () => Math.floor(Date.parse(serverNow) / 60_000),
  );
  const minutesLeft = Math.ceil(Date.parse(until) / 60_000) - nowMinute;

  if (minutesLeft <= 0) {
    return (
      <p aria-live="polite" className="font-medium">
        Signing is open now.{' '}
        <a href={href} className="underline">
          Open it
        </a>
        .
      </p>
    );
  }

  const days = Math.floor(minutesLeft / 1440);
  const hours = Math.floor((minutesLeft % 1440) / 60);
  const minutes = minutesLeft % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    !days && minutes ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
  ].filter(Boolean);

  return (
    <p aria-live="polite" className="font-medium">
      Signing opens in {parts.join(', ')}.
    </p>
  );
}
