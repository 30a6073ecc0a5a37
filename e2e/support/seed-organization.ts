import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { serverSecret } from '@/lib/config/server-secret';
import { openDatabase } from '@/lib/db/engine';
import { createPackage } from '@/lib/packages/create-package';
import { TINY_PDF } from '@/lib/testing/seed';

const dataDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e');

/**
 * Another organization with one package of its own, written straight into this run's
 * database, to show that the demo owner cannot reach it.
 */
export async function seedOtherOrganization(): Promise<{ packageId: string; documentId: string }> {
  const database = openDatabase(`file:${path.join(dataDirectory, 'portal.db')}`);
  const run = randomUUID().slice(0, 8);
  const organizationId = randomUUID();
  const memberId = randomUUID();
  const createdAt = new Date().toISOString();

  try {
    await database.db
      .insertInto('organizations')
      .values({ id: organizationId, name: `Birch Homes ${run}`, created_at: createdAt })
      .execute();
    await database.db
      .insertInto('members')
      .values({
        id: memberId,
        organization_id: organizationId,
        email: `owner-${run}@birch.example`,
        name: 'Bea Birch',
        password_hash: null,
        time_zone: null,
        created_at: createdAt,
      })
      .execute();

    const created = await createPackage(
      database.db,
      {
        organizationId,
        memberId,
        name: `Birch lease ${run}`,
        type: 'Sequential',
        state: 'open',
        timeSignBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        documents: [{ name: 'Lease', fileName: 'lease.pdf', content: TINY_PDF, pageCount: 1 }],
        signers: [
          { firstName: 'Bo', lastName: 'Birch', email: `bo-${run}@birch.example`, order: 1 },
        ],
        generateSignerLinks: true,
      },
      { secret: serverSecret(dataDirectory), now: new Date() },
    );

    return { packageId: created.packageId, documentId: created.documentIds[0]! };
  } finally {
    await database.db.destroy();
  }
}
