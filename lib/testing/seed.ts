import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { createPackage, type NewPackage } from '@/lib/packages/create-package';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-the-portal';

/** A minimal, valid one-page PDF, so stored bytes are real PDF bytes. */
export const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A new organization with one member, uniquely named so tests never collide. */
export async function seedOrganization(db: Kysely<Database>, name = 'Test Realty') {
  const organizationId = randomUUID();
  const memberId = randomUUID();
  const createdAt = new Date().toISOString();

  await db
    .insertInto('organizations')
    .values({ id: organizationId, name, created_at: createdAt })
    .execute();
  await db
    .insertInto('members')
    .values({
      id: memberId,
      organization_id: organizationId,
      email: `owner-${memberId}@example.test`,
      name: 'Olivia Owner',
      password_hash: null,
      time_zone: null,
      created_at: createdAt,
    })
    .execute();

  return { organizationId, memberId };
}

/** A package of two documents and three signers with links, open for a week. */
export async function seedPackage(
  db: Kysely<Database>,
  owner: { organizationId: string; memberId: string },
  overrides: Partial<NewPackage> = {},
  now = new Date(),
) {
  return createPackage(
    db,
    {
      organizationId: owner.organizationId,
      memberId: owner.memberId,
      name: 'Lease for 12 Quay Street',
      type: 'Sequential',
      state: 'open',
      timeSignBy: new Date(now.getTime() + 7 * 24 * 3600 * 1000).toISOString(),
      documents: [
        { name: 'Residential lease', fileName: 'lease.pdf', content: TINY_PDF, pageCount: 1 },
        { name: 'Pet rider', fileName: 'rider.pdf', content: TINY_PDF, pageCount: 1 },
      ],
      signers: [
        { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
        { firstName: '健', lastName: '渡辺', email: 'ken+lease@example.test', order: 2 },
        { firstName: 'فاطمة', lastName: 'الزهراء', email: 'fatima@example.test', order: 3 },
      ],
      generateSignerLinks: true,
      ...overrides,
    },
    { secret: TEST_SECRET, now },
  );
}
