import Link from 'next/link';

/** A package id that is not one of the organization's packages, or was deleted. */
export default function DashboardNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Package not found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        There is no package at this address in your organization. It may have been deleted, or the
        address may be mistyped.
      </p>
      <Link
        href="/dashboard"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Back to all packages
      </Link>
    </div>
  );
}
