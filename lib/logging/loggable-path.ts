/**
 * The portal's parameter names are short words; anything else (a token pasted as a name is
 * 22 characters long) is not logged either.
 */
const PARAMETER_NAME = /^[A-Za-z_]{1,20}$/;

/**
 * A request's path as it may be logged: the token of a signer path replaced by `[token]`, and
 * the value of every query parameter by `[redacted]`, as they may hold search words, email
 * addresses or a callback address. The rest of the path (package and document ids) stays, to
 * follow a request.
 */
export function loggablePath(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  const query = queryStart < 0 ? '' : url.slice(queryStart + 1);
  const redactedPath = path.replace(/^\/+sign\/[^/]*/i, '/sign/[token]');

  if (!query) return redactedPath;

  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';

      return `${PARAMETER_NAME.test(name) ? name : '[name]'}=[redacted]`;
    });

  return `${redactedPath}?${names.join('&')}`;
}
