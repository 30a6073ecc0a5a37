/** More formats than a running server meets in practice; the cache starts over beyond it. */
const MAX_ENTRIES = 500;

/**
 * A cache of `Intl` formatters by locale and zone. Making one costs far more than formatting
 * with it (most of a millisecond, against microseconds), and a page formats many instants in
 * the same few locales and zones.
 */
export function formatCache<T>(): (key: string, make: () => T) => T {
  const entries = new Map<string, T>();

  return (key, make) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entry = make();
      entries.set(key, entry);
    }

    return entry;
  };
}
