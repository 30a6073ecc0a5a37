/** How long browsers keep to HTTPS once they have seen the portal over it: a year. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

export interface SecurityHeaderOptions {
  /** A fresh random value for each response, which Next.js puts on its own scripts. */
  nonce: string;
  https: boolean;
  /** `next dev` evaluates code for its refresh; production never does. */
  development: boolean;
}

/**
 * The Content-Security-Policy of every response. Scripts run only when they carry the
 * response's nonce or are loaded by one that does (`strict-dynamic`), which covers Next.js's
 * chunks and the PDF viewer's; the PDF.js worker is served from the portal itself. Styles may be
 * inline, because components set `style` attributes. Nothing may embed the portal, plug-ins
 * are off, and no `<base>` can redirect relative addresses.
 */
export function contentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions) {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];

  return directives.join('; ');
}

/**
 * The headers that depend on the request: the policy with its nonce, and, over HTTPS,
 * Strict-Transport-Security. The fixed ones (`X-Content-Type-Options`, the signer pages'
 * caching, referrer and indexing rules) are in next.config.js, so they reach every file.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    ...(options.https
      ? { 'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }
      : {}),
  };
}
