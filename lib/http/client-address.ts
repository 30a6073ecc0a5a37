/**
 * The client's IP address from a request's `X-Forwarded-For`. The portal's server puts the
 * connection's own address last (see lib/logging/request-log.ts); behind a proxy that sets the
 * header itself (say so with `TRUST_PROXY=1`), the first hop is the client. Without that
 * setting, earlier hops are anyone's to write and are not believed.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const address = process.env.TRUST_PROXY === '1' ? hops[0] : hops.at(-1);

  return address ? address.slice(0, 64) : null;
}

/** True when the request reached the portal over HTTPS, as far as can be believed. */
export function servedOverHttps(forwardedProto: string | null | undefined): boolean {
  const hops = (forwardedProto ?? '').split(',').map((hop) => hop.trim().toLowerCase());

  return (process.env.TRUST_PROXY === '1' ? hops[0] : hops.at(-1)) === 'https';
}
