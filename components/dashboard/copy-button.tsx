'use client';

import { useState } from 'react';

/** Copies a text to the clipboard and says so; where the browser refuses, says to copy by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {outcome === 'copied'
          ? 'Copied.'
          : outcome === 'failed'
            ? 'This browser did not allow copying; select the key and copy it.'
            : ''}
      </p>
    </div>
  );
}
