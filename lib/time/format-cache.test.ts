import { formatCache } from './format-cache';

describe('formatCache', () => {
  it('makes a formatter once per key and hands the same one back after', () => {
    const cache = formatCache<Intl.DateTimeFormat>();
    const make = jest.fn(() => new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata' }));

    const first = cache('en-US|Asia/Kolkata', make);
    const second = cache('en-US|Asia/Kolkata', make);

    expect(second).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('makes a separate formatter for another locale or zone', () => {
    const cache = formatCache<string>();

    expect(cache('en-US|UTC', () => 'utc')).toBe('utc');
    expect(cache('en-US|Asia/Tokyo', () => 'tokyo')).toBe('tokyo');
    expect(cache('en-US|UTC', () => 'again')).toBe('utc');
  });

  it('starts over rather than growing without end on many distinct keys', () => {
    const cache = formatCache<number>();
    for (let index = 0; index < 500; index++) cache(`zone-${index}`, () => index);

    const make = jest.fn(() => -1);
    cache('one-more', make);
    cache('zone-0', make);

    expect(make).toHaveBeenCalledTimes(2);
  });
});
