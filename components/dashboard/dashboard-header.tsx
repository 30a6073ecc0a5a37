import Link from 'next/link';

import { SignOutButton } from './sign-out-button';

interface DashboardHeaderProps {
  organizationName: string;
  memberName: string;
}

/**
 * The top of every dashboard page: whose dashboard it is, the API page, who is signed in, and
 * sign-out.
 */
export function DashboardHeader({ organizationName, memberName }: DashboardHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="flex min-h-11 min-w-0 items-center gap-3">
          <span
            aria-hidden="true"
            className="flex size-9 shrink-0 items-center justify-center rounded-md bg-slate-800 text-base font-semibold text-white dark:bg-slate-200 dark:text-slate-900"
          >
            {Array.from(organizationName.trim())[0]?.toUpperCase() ?? '·'}
          </span>
          <span className="text-base font-semibold break-words">{organizationName}</span>
        </Link>
        <nav aria-label="Dashboard" className="flex items-center gap-1">
          <Link
            href="/dashboard/api-keys"
            className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium underline-offset-2 hover:underline"
          >
            API keys
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <Link
            href="/dashboard/api"
            className="inline-flex min-h-11 items-center text-sm font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
          >
            API
          </Link>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <span className="sr-only">Signed in as </span>
            <bdi>{memberName}</bdi>
          </p>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
