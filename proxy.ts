import { NextResponse, type NextRequest } from 'next/server';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { OUTCOME_STATUS, signingLinkOutcome } from '@/lib/domain/signer-view';
import { loadSigningLinkGate } from '@/lib/signing/load-signing-link';

/**
 * Gives each signer page its HTTP status before it renders (a page cannot set one itself):
 * 410 Gone for a link that can never be used to sign again, 404 for an unknown token.
 */
export async function proxy(request: NextRequest) {
  // A token is plain base64url: anything that needs decoding is not one.
  const token = request.nextUrl.pathname.split('/')[2] ?? '';
  const { db } = await getPortalDatabase();
  const gate = await loadSigningLinkGate(db, token);

  if (!gate) return NextResponse.next({ status: 404 });

  return NextResponse.next({ status: OUTCOME_STATUS[signingLinkOutcome(gate, now())] });
}

export const config = { matcher: '/sign/:token' };
