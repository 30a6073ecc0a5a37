import { randomUUID } from 'node:crypto';
import path from 'node:path';

import bcrypt from 'bcryptjs';
import type { Kysely } from 'kysely';

import { serverSecret } from '@/lib/config/server-secret';
import type { Database } from '@/lib/db/schema';
import { openDatabase } from '@/lib/db/engine';
import { createPackage, type NewSigner } from '@/lib/packages/create-package';
import { createDemoDocument } from '@/lib/pdf/create-demo-document';
import { demoDocumentTexts } from '@/lib/pdf/demo-document-texts';

import { noteRunSecret } from './run-secrets';

const dataDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e');

/**
 * An organization of the test's own with an owner who can sign in, so that what the test
 * changes never shows in the demo organization other tests look at.
 */
async function seedOwnOrganization(db: Kysely<Database>) {
  const run = randomUUID().slice(0, 8);
  const organizationId = randomUUID();
  const id = randomUUID();
  const password = randomUUID();
  noteRunSecret('password', password);
  const email = `owner-${run}@tests.example`;
  const createdAt = new Date().toISOString();

  await db
    .insertInto('organizations')
    .values({ id: organizationId, name: 'Demo Realty', created_at: createdAt })
    .execute();
  await db
    .insertInto('members')
    .values({
      id,
      organization_id: organizationId,
      email,
      name: 'Olivia Grant',
      password_hash: await bcrypt.hash(password, 10),
      time_zone: null,
      created_at: createdAt,
    })
    .execute();

  return { id, organization_id: organizationId, email, password };
}

export interface SeededPackage {
  /** The owner of the package's organization, who can sign in. */
  owner: { email: string; password: string };
  packageId: string;
  documentIds: string[];
  /** Each signer's signing page path, in the order given. */
  paths: string[];
  /** Each signer's email address, in the order given. */
  emails: string[];
}

/**
 * A package of its own for a test that changes it (signing, declining), in an organization of
 * its own, so that tests never step on each other's data.
 */
export async function seedTestPackage(options: {
  type: string;
  signers: Omit<NewSigner, 'email'>[];
  documents?: number;
  /** Every signer's link expired yesterday, while the package stays open. */
  linksExpired?: boolean;
  /** `open` unless given; a `draft` has no signing links until it is sent. */
  state?: 'open' | 'draft';
  /** The deadline passed yesterday, so an open package reads as expired. */
  deadlinePassed?: boolean;
}): Promise<SeededPackage> {
  const database = openDatabase(`file:${path.join(dataDirectory, 'portal.db')}`);

  try {
    const owner = await seedOwnOrganization(database.db);
    const content = await createDemoDocument({
      ...demoDocumentTexts['residential-lease'],
      organizationName: 'Demo Realty',
    });
    const run = randomUUID().slice(0, 8);
    const signers = options.signers.map((signer, index) => ({
      ...signer,
      email: `signer-${index + 1}-${run}@example.test`,
    }));

    const created = await createPackage(
      database.db,
      {
        organizationId: owner.organization_id,
        memberId: owner.id,
        name: `Test lease ${run}`,
        type: options.type,
        state: options.state ?? 'open',
        timeSignBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        documents: Array.from({ length: options.documents ?? 1 }, (_, index) => ({
          name: `Lease part ${index + 1}`,
          fileName: `lease-part-${index + 1}.pdf`,
          content,
          pageCount: 2,
        })),
        signers,
        generateSignerLinks: options.state !== 'draft',
      },
      { secret: serverSecret(dataDirectory), now: new Date() },
    );

    if (options.deadlinePassed) {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      await database.db
        .updateTable('packages')
        .set({ time_sign_by: yesterday })
        .where('id', '=', created.packageId)
        .execute();
    }

    if (options.linksExpired) {
      await database.db
        .updateTable('signing_links')
        .set({ time_expires: new Date(Date.now() - 86_400_000).toISOString() })
        .where('package_id', '=', created.packageId)
        .execute();
    }

    return {
      owner: { email: owner.email, password: owner.password },
      packageId: created.packageId,
      documentIds: created.documentIds,
      paths: created.signers.map((signer) => (signer.token ? `/sign/${signer.token}` : '')),
      emails: signers.map((signer) => signer.email),
    };
  } finally {
    await database.db.destroy();
  }
}
