'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

interface CopyLinkProps {
  link: string;
  /** Says whose link it is, for the field's and the button's names. */
  label: string;
}

/**
 * A link in a read-only field, selectable everywhere, with a copy button once scripts run.
 * Whether the copy worked is announced politely.
 */
export function CopyLink({ link, label }: CopyLinkProps) {
  const scripted = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying was not allowed here; select the link and copy it yourself.');
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor="issued-link" className="block font-medium">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="issued-link"
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-12 w-full min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        {scripted ? (
          <button
            type="button"
            onClick={copy}
            className="flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-6 text-base font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
          >
            Copy link
          </button>
        ) : null}
      </div>
      <p role="status" className="min-h-6 text-sm">
        {status}
      </p>
    </div>
  );
}
