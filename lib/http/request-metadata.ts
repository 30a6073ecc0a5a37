import 'server-only';

import { headers } from 'next/headers';

import type { RequestMetadata } from '@/lib/audit/record-audit-event';

import { clientAddress } from './client-address';

/** The IP address and user agent of the request being handled, for the audit trail. */
export async function requestMetadata(): Promise<RequestMetadata> {
  const list = await headers();

  return {
    ipAddress: clientAddress(list.get('x-forwarded-for')),
    userAgent: list.get('user-agent')?.slice(0, 512) ?? null,
  };
}
