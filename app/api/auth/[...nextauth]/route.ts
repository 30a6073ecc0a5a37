import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';

import { authOptions } from '@/lib/auth/auth-options';
import { THROTTLED_ERROR } from '@/lib/auth/sign-in-errors';
import { signInAllowance } from '@/lib/auth/sign-in-throttle';
import { normalizeEmail } from '@/lib/auth/verify-credentials';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { clientAddress } from '@/lib/http/client-address';

export const dynamic = 'force-dynamic';

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

/** GET and POST /api/auth/* – sign-in, sign-out and the session, served by next-auth. */
function handler(request: NextRequest, context: NextAuthContext) {
  return NextAuth(request, context, authOptions());
}

/**
 * POST /api/auth/callback/credentials – a sign-in. While its email or IP address has too many
 * failed attempts it is answered 429 with `Retry-After`, in the shape next-auth's sign-in form
 * reads (the refusal's code in `url`), before next-auth sees it.
 */
async function post(request: NextRequest, context: NextAuthContext) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') !== 'callback/credentials') return handler(request, context);

  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get('email');
  const { db } = await getPortalDatabase();
  const allowance = await signInAllowance(
    db,
    {
      email: normalizeEmail(typeof email === 'string' ? email : ''),
      ipAddress: clientAddress(request.headers.get('x-forwarded-for')),
    },
    now(),
  );

  if (allowance.allowed) return handler(request, context);

  const url = new URL('/sign-in', request.url);
  url.searchParams.set('error', THROTTLED_ERROR);

  return Response.json(
    { url: url.toString() },
    {
      status: 429,
      headers: { 'Retry-After': String(allowance.retryAfterSeconds), 'Cache-Control': 'no-store' },
    },
  );
}

export { handler as GET, post as POST };
