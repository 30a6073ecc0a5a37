import 'server-only';

import { createHmac } from 'node:crypto';

import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { clientAddress } from '@/lib/http/client-address';

import { THROTTLED_ERROR } from './sign-in-errors';
import { verifyCredentials } from './verify-credentials';

/**
 * A signed-in session lasts a working day; after that the member signs in again.
 *
 * TODO: a session is a signed cookie, so changing a password does not end the sessions already
 * issued; only removing the member does (`requireMember` reads the member on every request).
 * A session version on the member, checked by `requireMember`, would end them all at once.
 */
const SESSION_HOURS = 12;

/**
 * The key sessions are signed with: `NEXTAUTH_SECRET` when set, otherwise one derived from the
 * server secret, so that the demo works with nothing configured and several instances that
 * share `PORTAL_SECRET` accept each other's sessions. Derived, so it never equals the secret
 * that signing tokens come from.
 */
function sessionSecret(): string {
  return (
    process.env.NEXTAUTH_SECRET ||
    createHmac('sha256', serverSecret()).update('next-auth session').digest('base64url')
  );
}

/** The client's address, from the headers next-auth passes on. */
function ipAddressOf(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];

  return clientAddress(typeof forwarded === 'string' ? forwarded : null);
}

let options: AuthOptions | null = null;

/**
 * Sign-in for members: email and password, sessions in a signed JWT cookie. Built on first
 * use rather than at import, so that building the app reads no secret.
 */
export function authOptions(): AuthOptions {
  // next-auth needs the portal's exact origin; the public address is that origin.
  process.env.NEXTAUTH_URL ??= process.env.PUBLIC_URL;

  options ??= {
    secret: sessionSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email address', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials, request) {
          const { db } = await getPortalDatabase();
          const check = await verifyCredentials(
            db,
            {
              email: credentials?.email ?? '',
              password: credentials?.password ?? '',
              ipAddress: ipAddressOf(request.headers),
            },
            now(),
          );

          // A thrown error reaches the sign-in form as its code; null is next-auth's refusal.
          if (check.kind === 'throttled') throw new Error(THROTTLED_ERROR);
          if (check.kind === 'refused') return null;

          return { id: check.member.memberId, name: check.member.name, email: check.member.email };
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        return { ...session, memberId: token.sub ?? '' };
      },
    },
  };

  return options;
}
