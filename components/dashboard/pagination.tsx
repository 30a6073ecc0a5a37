import Link from 'next/link';

import {
  packageListHref,
  PAGE_SIZE,
  type PackageListFilters,
} from '@/lib/dashboard/package-list-filters';

interface PaginationProps {
  filters: PackageListFilters;
  total: number;
}

const LINK =
  'inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800';

/** Which packages of how many are shown, with the previous and next pages. */
export function Pagination({ filters, total }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      {filters.page > 1 ? (
        <Link
          href={packageListHref(filters, { page: Math.min(filters.page - 1, pages) })}
          className={LINK}
        >
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Page {filters.page} of {pages}
      </p>
      {filters.page < pages ? (
        <Link href={packageListHref(filters, { page: filters.page + 1 })} className={LINK}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
