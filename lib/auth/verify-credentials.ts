import bcrypt from 'bcryptjs';
import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

import { reserveSignInAttempt, signInSucceeded } from './sign-in-throttle';

export interface CredentialsInput {
  email: string;
  password: string;
  ipAddress: string | null;
}

/** The member a session is issued for. */
export interface SignedInMember {
  memberId: string;
  organizationId: string;
  name: string;
  email: string;
}

export type CredentialsCheck =
  { kind: 'signed_in'; member: SignedInMember } | { kind: 'refused' } | { kind: 'throttled' };

/** Passwords longer than this are refused unread: bcrypt only reads the first 72 bytes. */
const MAX_PASSWORD_LENGTH = 200;

let unknownMemberHash: Promise<string> | null = null;

/** An email address as members are stored: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email address and password. Failed attempts are counted per email and per IP
 * address; while either has too many, every attempt is refused without reading the password,
 * so guessing cannot go on even with the right password in the list. Each attempt is counted
 * as failed up front and taken back when the password matches.
 */
export async function verifyCredentials(
  db: Kysely<Database>,
  input: CredentialsInput,
  now: Date,
): Promise<CredentialsCheck> {
  const email = normalizeEmail(input.email);
  const source = { email, ipAddress: input.ipAddress };

  if (!email || !input.password || input.password.length > MAX_PASSWORD_LENGTH) {
    return { kind: 'refused' };
  }

  const allowance = await reserveSignInAttempt(db, source, now);
  if (!allowance.allowed) return { kind: 'throttled' };

  const member = await db
    .selectFrom('members')
    .select(['id', 'organization_id', 'name', 'email', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();

  // An unknown address costs the same bcrypt work as a known one, so timing reveals nothing.
  unknownMemberHash ??= bcrypt.hash('no member has this password', 12);
  const hash = member?.password_hash ?? (await unknownMemberHash);
  const matches = await bcrypt.compare(input.password, hash);

  if (!member || !member.password_hash || !matches) return { kind: 'refused' };

  await signInSucceeded(db, source, now);

  return {
    kind: 'signed_in',
    member: {
      memberId: member.id,
      organizationId: member.organization_id,
      name: member.name,
      email: member.email,
    },
  };
}
