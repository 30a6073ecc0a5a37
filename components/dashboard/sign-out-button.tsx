'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

import { SignOutIcon } from './icons';

/** Ends the member's session and returns to the sign-in page. */
export function SignOutButton() {
  const [leaving, setLeaving] = useState(false);

  return (
    <button
      type="button"
      disabled={leaving}
      onClick={() => {
        setLeaving(true);
        void signOut({ callbackUrl: '/sign-in' });
      }}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 disabled:opacity-70 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      <SignOutIcon className="size-4" />
      {leaving ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
