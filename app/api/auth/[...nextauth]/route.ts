import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';

import { authOptions } from '@/lib/auth/auth-options';

export const dynamic = 'force-dynamic';

/** GET and POST /api/auth/* – sign-in, sign-out and the session, served by next-auth. */
function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
