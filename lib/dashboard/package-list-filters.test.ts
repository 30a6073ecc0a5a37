import {
  DEFAULT_FILTERS,
  MAX_SEARCH_LENGTH,
  packageListHref,
  parsePackageListFilters,
  searchTerms,
} from './package-list-filters';

describe('parsePackageListFilters', () => {
  test('an address without parameters is the default view', () => {
    expect(parsePackageListFilters({})).toEqual({ filters: DEFAULT_FILTERS, problems: [] });
  });

  test('reads every filter from the address', () => {
    const { filters, problems } = parsePackageListFilters({
      state: 'expired',
      type: 'Live Session',
      q: '  emily.carter+lease@example.com ',
      sort: 'deadline',
      page: '3',
    });

    expect(problems).toEqual([]);
    expect(filters).toEqual({
      state: 'expired',
      type: 'Live Session',
      search: 'emily.carter+lease@example.com',
      sort: 'deadline',
      page: 3,
    });
  });

  test('a wrong value is named and left out; the other filters still apply', () => {
    const { filters, problems } = parsePackageListFilters({
      state: 'Open',
      type: 'sequential',
      sort: 'size',
      page: '-2',
      q: 'harbour',
    });

    expect(filters).toEqual({ ...DEFAULT_FILTERS, search: 'harbour' });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('“Open” is not a state');
    expect(problems[1]).toContain('“sequential” is not a package type');
    expect(problems[1]).toContain('Sequential');
    expect(problems[2]).toContain('“size” is not a sort order');
    expect(problems[3]).toContain('“-2” is not a page number');
  });

  test.each(['1.5', 'abc', '0', '99999999999'])('page %j is refused', (page) => {
    const { filters, problems } = parsePackageListFilters({ page });

    expect(filters.page).toBe(1);
    expect(problems).toHaveLength(1);
  });

  test('a parameter given twice counts once; an empty one counts as absent', () => {
    const { filters, problems } = parsePackageListFilters({ state: ['draft', 'open'], type: '' });

    expect(filters.state).toBe('draft');
    expect(filters.type).toBeNull();
    expect(problems).toEqual([]);
  });

  test('the unknown-state filter is accepted', () => {
    expect(parsePackageListFilters({ state: 'unknown' }).filters.state).toBe('unknown');
  });

  test('a long search is cut, whole characters only, and said so', () => {
    const { filters, problems } = parsePackageListFilters({ q: '渡'.repeat(150) });

    expect(Array.from(filters.search)).toHaveLength(MAX_SEARCH_LENGTH);
    expect(problems).toEqual([`The search was cut to its first ${MAX_SEARCH_LENGTH} characters.`]);
  });
});

describe('searchTerms', () => {
  test('splits on spaces, so a + read as a space still finds the address', () => {
    expect(searchTerms('emily.carter lease@example.com')).toEqual([
      'emily.carter',
      'lease@example.com',
    ]);
    expect(searchTerms('emily.carter+lease@example.com')).toEqual([
      'emily.carter+lease@example.com',
    ]);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('packageListHref', () => {
  const view = { ...DEFAULT_FILTERS, state: 'open' as const, page: 3 };

  test('leaves defaults out, and encodes + so it survives the round trip', () => {
    expect(packageListHref(DEFAULT_FILTERS)).toBe('/dashboard');
    expect(packageListHref(DEFAULT_FILTERS, { search: 'ken+lease@example.jp' })).toBe(
      '/dashboard?q=ken%2Blease%40example.jp',
    );
  });

  test('a change of filter goes back to the first page; a change of page keeps the rest', () => {
    expect(packageListHref(view, { type: 'Live Session' })).toBe(
      '/dashboard?state=open&type=Live+Session',
    );
    expect(packageListHref(view, { page: 4 })).toBe('/dashboard?state=open&page=4');
    expect(packageListHref(view, { state: null })).toBe('/dashboard');
  });

  test('what it writes reads back as the same view', () => {
    const filters = {
      state: 'executed' as const,
      type: 'Counterpart' as const,
      search: 'ken+lease@example.jp',
      sort: 'name' as const,
      page: 2,
    };
    const query = new URLSearchParams(packageListHref(filters, { page: 2 }).split('?')[1]);

    expect(parsePackageListFilters(Object.fromEntries(query)).filters).toEqual(filters);
  });
});
