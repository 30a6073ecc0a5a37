import { randomBytes, randomUUID } from 'node:crypto';

import bcrypt from 'bcryptjs';
import { addDays } from 'date-fns';
import type { Kysely } from 'kysely';
import { PDFDocument } from 'pdf-lib';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { createPackage } from '@/lib/packages/create-package';
import { createDemoDocument } from '@/lib/pdf/create-demo-document';
import { demoDocumentTexts, type DemoDocumentKind } from '@/lib/pdf/demo-document-texts';
import { signRevision } from '@/lib/signing/sign-revision';
import { recordConsent } from '@/lib/signing/signer-events';
import { deriveSigningToken } from '@/lib/tokens/signing-token';

import { DEMO_PACKAGES, type DemoPackage } from './demo-packages';

export const DEMO_ORGANIZATION = 'Demo Realty';
export const DEMO_OWNER_EMAIL = 'owner@demo-realty.example';

export interface DemoLink {
  packageName: string;
  type: string;
  state: string;
  signer: string;
  url: string;
}

/**
 * Seeds the demo organization, its owner and one package of every type in realistic states,
 * when the database has no organization yet. Returns the owner's password when it made one.
 */
export async function seedDemo(
  db: Kysely<Database>,
  context: { secret: string; now: Date },
): Promise<{ seeded: boolean; ownerPassword: string | null }> {
  const existing = await db.selectFrom('organizations').select('id').limit(1).execute();
  if (existing.length > 0) return { seeded: false, ownerPassword: null };

  const organizationId = randomUUID();
  const memberId = randomUUID();
  const ownerPassword = randomBytes(9).toString('base64url');
  const createdAt = toInstant(context.now);

  await db
    .insertInto('organizations')
    .values({ id: organizationId, name: DEMO_ORGANIZATION, created_at: createdAt })
    .execute();
  await db
    .insertInto('members')
    .values({
      id: memberId,
      organization_id: organizationId,
      email: DEMO_OWNER_EMAIL,
      name: 'Olivia Grant',
      password_hash: await bcrypt.hash(ownerPassword, 12),
      time_zone: 'America/New_York',
      created_at: createdAt,
    })
    .execute();

  const pdfs = new Map<DemoDocumentKind, { content: Uint8Array; pageCount: number }>();
  for (const demo of DEMO_PACKAGES) {
    for (const document of demo.documents) {
      if (pdfs.has(document.kind)) continue;

      const content = await createDemoDocument({
        ...demoDocumentTexts[document.kind],
        organizationName: DEMO_ORGANIZATION,
      });
      const pageCount = (await PDFDocument.load(content)).getPageCount();
      pdfs.set(document.kind, { content, pageCount });
    }
  }

  for (const demo of DEMO_PACKAGES) {
    await seedDemoPackage(db, demo, { organizationId, memberId, pdfs, ...context });
  }

  return { seeded: true, ownerPassword };
}

async function seedDemoPackage(
  db: Kysely<Database>,
  demo: DemoPackage,
  context: {
    organizationId: string;
    memberId: string;
    pdfs: Map<DemoDocumentKind, { content: Uint8Array; pageCount: number }>;
    secret: string;
    now: Date;
  },
) {
  const deadline = demo.deadlineInDays === null ? null : atFivePm(context.now, demo.deadlineInDays);
  const meetingStart =
    demo.meetingInDays === undefined ? null : atFivePm(context.now, demo.meetingInDays);

  const created = await createPackage(
    db,
    {
      organizationId: context.organizationId,
      memberId: context.memberId,
      name: demo.name,
      type: demo.type,
      state: demo.state,
      timeSignBy: deadline ? toInstant(deadline) : null,
      timeZone: 'America/New_York',
      meeting: meetingStart
        ? { timeStart: toInstant(meetingStart), duration: 'PT1H', isPrivate: false }
        : null,
      rescindMessage: demo.rescindMessage ?? null,
      documents: demo.documents.map((document) => ({
        name: document.name,
        fileName: `${document.kind}.pdf`,
        ...context.pdfs.get(document.kind)!,
      })),
      signers: demo.signers,
      generateSignerLinks: true,
    },
    // Demo packages were sent three days ago; one that has already expired, well before its
    // deadline passed.
    {
      secret: context.secret,
      now: deadline && deadline < context.now ? addDays(deadline, -10) : addDays(context.now, -3),
    },
  );

  const signerIdByEmail = new Map(
    demo.signers.map((signer, index) => [signer.email, created.signers[index]!.signerId]),
  );

  // Demo signatures go through the same signing as real ones, with real stamped PDFs, a day
  // before the demo starts. A package that everyone signs becomes executed by itself.
  const signedAt = addDays(context.now, -1);
  const request = { ipAddress: '198.51.100.24', userAgent: 'Demo data', now: signedAt };

  for (const email of demo.signedBy ?? []) {
    const index = demo.signers.findIndex((signer) => signer.email === email);
    const signer = demo.signers[index]!;
    const token = created.signers[index]!.token!;

    await recordConsent(db, token, request);
    for (const documentId of created.documentIds) {
      const outcome = await signRevision(db, {
        ...request,
        token,
        documentId,
        signature: { kind: 'typed', text: `${signer.firstName} ${signer.lastName}` },
      });

      if (outcome.status !== 'signed') throw new Error(`Demo signature refused: ${outcome.status}`);
    }
  }

  for (const email of demo.expiredLinksOf ?? []) {
    await db
      .updateTable('signing_links')
      .set({ time_expires: toInstant(addDays(context.now, -1)) })
      .where('signer_id', '=', signerIdByEmail.get(email)!)
      .execute();
  }
}

/** 17:00 UTC on the day `days` from now: a deadline that reads as an afternoon in the Americas. */
function atFivePm(now: Date, days: number): Date {
  const day = addDays(now, days);
  day.setUTCHours(17, 0, 0, 0);

  return day;
}

/** Every working signing link of the demo organization, with its token derived again. */
export async function demoSigningLinks(
  db: Kysely<Database>,
  secret: string,
  baseUrl: string,
): Promise<DemoLink[]> {
  const rows = await db
    .selectFrom('signing_links as l')
    .innerJoin('packages as p', 'p.id', 'l.package_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .innerJoin('signers as s', 's.id', 'l.signer_id')
    .select([
      'l.id',
      'l.token_salt',
      'p.name as packageName',
      'p.type',
      'p.state',
      's.first_name',
      's.last_name',
    ])
    .where('o.name', '=', DEMO_ORGANIZATION)
    .where('l.revoked_at', 'is', null)
    .orderBy('p.created_at')
    .orderBy('p.name')
    .orderBy('s.sort_order')
    .orderBy('s.email')
    .execute();

  return rows.map((row) => ({
    packageName: row.packageName,
    type: row.type,
    state: row.state,
    signer: `${row.first_name} ${row.last_name}`.trim(),
    url: `${baseUrl}/sign/${deriveSigningToken(secret, row.id, row.token_salt)}`,
  }));
}
