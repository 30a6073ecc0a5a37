import { randomBytes } from 'node:crypto';

import { NextResponse, type NextRequest } from 'next/server';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { OUTCOME_STATUS, signingLinkOutcome } from '@/lib/domain/signer-view';
import { clientAddress, servedOverHttps } from '@/lib/http/client-address';
import { securityHeaders } from '@/lib/http/security-headers';
import { tooManyRequestsPage, waitWords } from '@/lib/http/too-many-requests-page';
import { hitRateLimit, peekRateLimit } from '@/lib/rate-limit/rate-limit';
import { rateLimitRule } from '@/lib/rate-limit/rate-limit-rules';
import { loadSigningLinkGate } from '@/lib/signing/load-signing-link';

/** `/sign/{token}` and everything under it; the page itself has no further segment. */
const SIGNER_PATH = /^\/sign\/([^/]*)(\/.*)?$/;

/**
 * Runs before every request. Gives each response its Content-Security-Policy with a fresh
 * nonce (Next.js reads it from the request and puts it on its scripts) and, over HTTPS,
 * Strict-Transport-Security. For signer paths it also:
 *
 * - counts look-ups of tokens that open no link per IP address, and answers 429 once there are
 *   too many, before the token is looked up, so guessing learns nothing more;
 * - gives the signer page its HTTP status before it renders (a page cannot set one itself):
 *   410 Gone for a link that can never be used to sign again, 404 for an unknown token.
 */
export async function proxy(request: NextRequest) {
  const nonce = randomBytes(16).toString('base64');
  const headers = securityHeaders({
    nonce,
    https: servedOverHttps(request.headers.get('x-forwarded-proto')),
    development: process.env.NODE_ENV === 'development',
  });
  const signerPath = SIGNER_PATH.exec(request.nextUrl.pathname);
  const status = signerPath ? await signerStatus(request, signerPath[1]!, !signerPath[2]) : null;

  let response: NextResponse;
  if (status instanceof Response) {
    response = status;
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!);
    // For a page that adds a script of its own: `(await headers()).get('x-nonce')`.
    forwarded.set('x-nonce', nonce);
    response = NextResponse.next({
      request: { headers: forwarded },
      ...(status ? { status } : {}),
    });
  }

  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);

  return response;
}

/**
 * The status of a signer path: a 429 page while its IP address has looked up too many tokens
 * that open nothing, the page's own status for `/sign/{token}`, or null to leave it to the
 * route.
 *
 * Opening a link that exists writes nothing: the address's count is only read before the
 * look-up, and a hit is counted only for a token that opens nothing (the write is atomic, so
 * every instance sees it). The price is that requests sent at the same moment all pass the
 * read: a burst can look up as many tokens past the limit as it has requests in flight. Tokens
 * are 128 random bits, so the limit is not what keeps them from being guessed; it stops an
 * address from probing at length, and it keeps the signer page free of two writes per view.
 */
async function signerStatus(
  request: NextRequest,
  token: string,
  isPage: boolean,
): Promise<NextResponse | number | null> {
  const { db } = await getPortalDatabase();
  const at = now();
  const rule = rateLimitRule('unknownSigningLinks');
  const address = clientAddress(request.headers.get('x-forwarded-for')) ?? 'unknown';
  const room = await peekRateLimit(db, rule, address, at);

  if (!room.allowed) return tooManyAttempts(room.retryAfterSeconds);

  const gate = await loadSigningLinkGate(db, token);

  if (!gate) {
    const verdict = await hitRateLimit(db, rule, address, at);
    if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterSeconds);
  }

  if (!isPage) return null;
  if (!gate) return 404;

  return OUTCOME_STATUS[signingLinkOutcome(gate, at)];
}

function tooManyAttempts(retryAfterSeconds: number): NextResponse {
  return tooManyRequestsPage({
    title: 'Too many attempts',
    paragraphs: [
      'This device has opened too many signing links that do not work. ' +
        `Wait ${waitWords(retryAfterSeconds)}, then open the link from your email again.`,
      'If it still does not work, ask the sender for a new link.',
    ],
    retryAfterSeconds,
  });
}

export const config = {
  // Every path: pages, route handlers, the API and static files all get the headers.
  matcher: '/:path*',
};
