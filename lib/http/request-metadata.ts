import 'server-only';

import { headers } from 'next/headers';

import type { RequestMetadata } from '@/lib/audit/record-audit-event';

/**
 * The IP address and user agent of the request being handled, for the audit trail. The
 * portal's own server adds the connection's address as the last hop of `X-Forwarded-For`;
 * behind a proxy that sets the header itself (say so with `TRUST_PROXY=1`), the first hop is
 * the client. Without that setting, earlier hops are anyone's to write and are not believed.
 */
export async function requestMetadata(): Promise<RequestMetadata> {
  const list = await headers();
  const hops = (list.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
  const address = process.env.TRUST_PROXY === '1' ? hops[0] : hops.at(-1);

  return {
    ipAddress: address ? address.slice(0, 64) : null,
    userAgent: list.get('user-agent')?.slice(0, 512) ?? null,
  };
}
