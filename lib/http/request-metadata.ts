import 'server-only';

import { headers } from 'next/headers';

import type { RequestMetadata } from '@/lib/audit/record-audit-event';

/**
 * The IP address and user agent of the request being handled, for the audit trail. The
 * address is the first hop of `X-Forwarded-For` when a proxy in front of the portal sets it.
 */
export async function requestMetadata(): Promise<RequestMetadata> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();

  return {
    ipAddress: (forwarded || list.get('x-real-ip') || null)?.slice(0, 64) ?? null,
    userAgent: list.get('user-agent')?.slice(0, 512) ?? null,
  };
}
