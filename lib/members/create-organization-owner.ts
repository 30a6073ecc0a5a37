import { randomBytes, randomUUID } from 'node:crypto';

import bcrypt from 'bcryptjs';
import type { Kysely } from 'kysely';
import { z } from 'zod';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { normalizeEmail } from '@/lib/auth/verify-credentials';
import { isValidTimeZone } from '@/lib/time/zones';

export const ZNewOrganizationOwner = z.object({
  organization: z
    .string()
    .trim()
    .min(1, 'Give the organization a name (--organization "Name").')
    .max(200, 'The organization name is longer than 200 characters.'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Give the owner a valid email address (--email name@example.com).')),
  name: z
    .string()
    .trim()
    .min(1, 'Give the owner a name (--name "Full Name").')
    .max(200, 'The owner’s name is longer than 200 characters.'),
  timeZone: z
    .string()
    .refine(isValidTimeZone, 'The time zone is not an IANA zone name such as Europe/Paris.')
    .nullable()
    .default(null),
});

export type TNewOrganizationOwner = z.input<typeof ZNewOrganizationOwner>;

export type CreatedOwner =
  | { kind: 'created'; organizationId: string; memberId: string; password: string }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'email_taken' };

/**
 * Creates an organization and its first owner with a generated password, which is returned once
 * and kept only as a bcrypt hash. Bad input and an email address already in use change nothing.
 */
export async function createOrganizationOwner(
  db: Kysely<Database>,
  input: TNewOrganizationOwner,
  now: Date,
): Promise<CreatedOwner> {
  const parsed = ZNewOrganizationOwner.safeParse(input);
  if (!parsed.success) {
    return { kind: 'invalid', messages: parsed.error.issues.map((issue) => issue.message) };
  }

  const owner = parsed.data;
  const email = normalizeEmail(owner.email);
  const password = randomBytes(15).toString('base64url');
  const passwordHash = await bcrypt.hash(password, 12);
  const organizationId = randomUUID();
  const memberId = randomUUID();
  const createdAt = toInstant(now);

  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('members')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (taken) return { kind: 'email_taken' as const };

    await trx
      .insertInto('organizations')
      .values({ id: organizationId, name: owner.organization, created_at: createdAt })
      .execute();
    await trx
      .insertInto('members')
      .values({
        id: memberId,
        organization_id: organizationId,
        email,
        name: owner.name,
        password_hash: passwordHash,
        time_zone: owner.timeZone,
        created_at: createdAt,
      })
      .execute();

    return { kind: 'created' as const, organizationId, memberId, password };
  });
}
