import { z } from 'zod';

import { PACKAGE_STATE_LABELS } from '@/lib/domain/package-states';
import { PACKAGE_TYPES, type PackageType } from '@/lib/domain/package-types';

/** Packages on one page of the list. */
export const PAGE_SIZE = 25;

/** The states the list filters by (`select` and `add` are never listed), then any other. */
export const LISTED_STATES = ['draft', 'open', 'executed', 'expired', 'rescinded'] as const;

/** The filter for packages in a state this version does not know. */
export const UNKNOWN_STATE = 'unknown';

export type ListedState = (typeof LISTED_STATES)[number] | typeof UNKNOWN_STATE;

export const PACKAGE_SORTS = ['created', 'deadline', 'name'] as const;

export type PackageSort = (typeof PACKAGE_SORTS)[number];

export const SORT_LABELS: Record<PackageSort, string> = {
  created: 'Newest first',
  deadline: 'Deadline, soonest first',
  name: 'Name, A to Z',
};

/** Searches longer than this are cut short: no package name or address is longer. */
export const MAX_SEARCH_LENGTH = 100;

/** The package list's view, as its address states it. */
export interface PackageListFilters {
  state: ListedState | null;
  type: PackageType | null;
  /** Words to find in the package name or a signer's name or email; empty for none. */
  search: string;
  sort: PackageSort;
  /** 1-based. */
  page: number;
}

export const DEFAULT_FILTERS: PackageListFilters = {
  state: null,
  type: null,
  search: '',
  sort: 'created',
  page: 1,
};

const ZState = z.enum([...LISTED_STATES, UNKNOWN_STATE]);
const ZType = z.enum(PACKAGE_TYPES);
const ZSort = z.enum(PACKAGE_SORTS);
const ZPage = z.coerce.number().int().min(1).max(1_000_000);

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter given once or several times; empty counts as absent. */
function first(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const single = Array.isArray(value) ? value[0] : value;

  return single === '' ? undefined : single;
}

/**
 * The list's filters from the address. A value that is not valid (a state in the wrong case,
 * a page that is not a number) is left out, and a sentence says so; the rest still apply.
 */
export function parsePackageListFilters(params: SearchParams): {
  filters: PackageListFilters;
  problems: string[];
} {
  const problems: string[] = [];
  const filters = { ...DEFAULT_FILTERS };

  const state = first(params, 'state');
  if (state !== undefined) {
    const parsed = ZState.safeParse(state);
    if (parsed.success) filters.state = parsed.data;
    else {
      const accepted = LISTED_STATES.map((value) => `${value} (${PACKAGE_STATE_LABELS[value]})`);
      problems.push(
        `“${state}” is not a state to filter by, so every state is shown. Use one of: ${accepted.join(', ')}.`,
      );
    }
  }

  const type = first(params, 'type');
  if (type !== undefined) {
    const parsed = ZType.safeParse(type);
    if (parsed.success) filters.type = parsed.data;
    else {
      problems.push(
        `“${type}” is not a package type, so every type is shown. Use one of: ${PACKAGE_TYPES.join(', ')}.`,
      );
    }
  }

  const sort = first(params, 'sort');
  if (sort !== undefined) {
    const parsed = ZSort.safeParse(sort);
    if (parsed.success) filters.sort = parsed.data;
    else problems.push(`“${sort}” is not a sort order, so the newest packages come first.`);
  }

  const page = first(params, 'page');
  if (page !== undefined) {
    const parsed = ZPage.safeParse(page);
    if (parsed.success) filters.page = parsed.data;
    else problems.push(`“${page}” is not a page number, so the first page is shown.`);
  }

  const search = (first(params, 'q') ?? '').replace(/\s+/g, ' ').trim();
  if (search.length > MAX_SEARCH_LENGTH) {
    problems.push(`The search was cut to its first ${MAX_SEARCH_LENGTH} characters.`);
  }
  filters.search = Array.from(search).slice(0, MAX_SEARCH_LENGTH).join('').trim();

  return { filters, problems };
}

/**
 * The words of a search. Each must be found in the package name or a signer's name or email.
 * A `+` typed into an address bar arrives as a space, so `emily+lease@example.com` is searched
 * as `emily` and `lease@example.com`, which still finds that address.
 */
export function searchTerms(search: string): string[] {
  return search.split(' ').filter(Boolean).slice(0, 8);
}

/**
 * The address of the list with some filters changed. Any change but the page goes back to the
 * first page, since the old page number means nothing in the new list. Defaults are left out.
 */
export function packageListHref(
  filters: PackageListFilters,
  changes: Partial<PackageListFilters> = {},
): string {
  const next = { ...filters, ...changes };
  if (!('page' in changes)) next.page = 1;

  const params = new URLSearchParams();
  if (next.state) params.set('state', next.state);
  if (next.type) params.set('type', next.type);
  if (next.search) params.set('q', next.search);
  if (next.sort !== DEFAULT_FILTERS.sort) params.set('sort', next.sort);
  if (next.page !== 1) params.set('page', String(next.page));

  const query = params.toString();

  return query ? `/dashboard?${query}` : '/dashboard';
}
