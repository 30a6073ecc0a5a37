import Link from 'next/link';

import {
  MAX_SEARCH_LENGTH,
  packageListHref,
  PACKAGE_SORTS,
  SORT_LABELS,
  type PackageListFilters,
} from '@/lib/dashboard/package-list-filters';
import { PACKAGE_TYPE_LABELS, PACKAGE_TYPES } from '@/lib/domain/package-types';

const FIELD =
  'block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base dark:border-slate-600 dark:bg-slate-900';

/**
 * Search, type and sort as a plain form that reads and writes the address, so every view can
 * be bookmarked and works without JavaScript. The state filter travels along unchanged.
 */
export function PackageFilters({ filters }: { filters: PackageListFilters }) {
  return (
    <form
      method="get"
      action="/dashboard"
      role="search"
      aria-label="Filter packages"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end dark:border-slate-800 dark:bg-slate-900"
    >
      {filters.state ? <input type="hidden" name="state" value={filters.state} /> : null}
      <div className="space-y-1.5">
        <label htmlFor="q" className="block text-sm font-medium">
          Search packages and signers
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.search}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="Name or email"
          className={FIELD}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="type" className="block text-sm font-medium">
          Type
        </label>
        <select id="type" name="type" defaultValue={filters.type ?? ''} className={FIELD}>
          <option value="">All types</option>
          {PACKAGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {PACKAGE_TYPE_LABELS[type].label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="sort" className="block text-sm font-medium">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={filters.sort} className={FIELD}>
          {PACKAGE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          className="flex min-h-11 flex-1 items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          Apply
        </button>
        {filters.search || filters.type ? (
          <Link
            href={packageListHref(filters, { search: '', type: null })}
            className="flex min-h-11 items-center justify-center rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
