import { PDFDocument } from 'pdf-lib';

import { readPageTexts } from '@/lib/pdf/testing/read-page-texts';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';

import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { consentAll, realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { signRevision, signRevisionUnshared, type AdoptedSignature } from './sign-revision';
import { declinePackage, recordConsent } from './signer-events';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());

// Stamping real PDFs, many at once, takes longer than Jest's default five seconds.
jest.setTimeout(60_000);

const typed: AdoptedSignature = { kind: 'typed', text: 'Ana Silva' };

describe.each(testEngines())('signing on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date();

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function lease(type = 'Sequential', documents = 1) {
    const owner = await seedOrganization(database.db);
    const pdf = await realLeasePdf();

    return seedPackage(database.db, owner, {
      type,
      documents: Array.from({ length: documents }, (_, index) => ({
        name: `Lease part ${index + 1}`,
        fileName: `lease-${index + 1}.pdf`,
        content: pdf,
        pageCount: 2,
      })),
    });
  }

  async function events(action: string) {
    return database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', action)
      .execute();
  }

  test('signing needs consent first, then signs and keeps the stamped PDF and its hash', async () => {
    const created = await lease();
    const [first] = created.signers;
    const request = { token: first!.token!, documentId: created.documentIds[0]!, now };

    expect(await signRevision(database.db, { ...request, ...REQUEST, signature: typed })).toEqual({
      status: 'refused',
      reason: 'consent_required',
    });

    await recordConsent(database.db, first!.token!, { ...REQUEST, now });
    const outcome = await signRevision(database.db, { ...request, ...REQUEST, signature: typed });

    expect(outcome.status).toBe('signed');

    const revision = await database.db
      .selectFrom('revisions as r')
      .innerJoin('files as f', 'f.id', 'r.signed_file_id')
      .select(['r.signed_at', 'r.signed_sha256', 'f.sha256', 'f.content'])
      .where('r.signer_id', '=', first!.signerId)
      .executeTakeFirstOrThrow();
    const stamped = await PDFDocument.load(revision.content);

    expect(revision.signed_at).toBe(now.toISOString());
    expect(revision.signed_sha256).toBe(revision.sha256);
    const original = await PDFDocument.load(await realLeasePdf());
    expect(stamped.getPageCount()).toBe(original.getPageCount() + 1);
    expect(await events('revision_signed')).toHaveLength(1);
  });

  test('consent is recorded once per signer', async () => {
    const created = await lease();
    const token = created.signers[0]!.token!;

    expect(await recordConsent(database.db, token, { ...REQUEST, now })).toBe('recorded');
    expect(await recordConsent(database.db, token, { ...REQUEST, now })).toBe('already_given');
    expect(await events('consent_given')).toHaveLength(1);
    expect((await events('consent_given'))[0]).toMatchObject({
      ip_address: REQUEST.ipAddress,
      user_agent: REQUEST.userAgent,
    });
  });

  test('a signer out of turn is refused and nothing changes', async () => {
    const created = await lease();
    await consentAll(
      database.db,
      created.signers.map((s) => s.token),
      now,
    );

    const outcome = await signRevision(database.db, {
      token: created.signers[1]!.token!,
      documentId: created.documentIds[0]!,
      signature: typed,
      now,
      ...REQUEST,
    });

    expect(outcome).toEqual({ status: 'refused', reason: 'not_your_turn' });
    expect(await events('revision_signed')).toHaveLength(0);
  });

  test('50 simultaneous requests for one revision record one signature', async () => {
    const created = await lease('concurrent');
    const token = created.signers[0]!.token!;
    await recordConsent(database.db, token, { ...REQUEST, now });

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        signRevision(database.db, {
          token,
          documentId: created.documentIds[0]!,
          signature: typed,
          now,
          ...REQUEST,
        }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'signed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'already_signed')).toHaveLength(49);
    expect(await events('revision_signed')).toHaveLength(1);
    expect(
      await database.db.selectFrom('files').select('id').where('kind', '=', 'signed').execute(),
    ).toHaveLength(1);
  });

  test('20 simultaneous requests that all reach the database record one signature', async () => {
    const created = await lease('concurrent');
    const token = created.signers[0]!.token!;
    await recordConsent(database.db, token, { ...REQUEST, now });

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        signRevisionUnshared(database.db, {
          token,
          documentId: created.documentIds[0]!,
          signature: typed,
          now,
          ...REQUEST,
        }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'signed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'already_signed')).toHaveLength(19);
    expect(await events('revision_signed')).toHaveLength(1);
  });

  test('the last signers signing at once execute the package once, keeping every signature', async () => {
    const created = await lease('concurrent');
    await consentAll(
      database.db,
      created.signers.map((s) => s.token),
      now,
    );

    const outcomes = await Promise.all(
      created.signers.map((signer) =>
        signRevision(database.db, {
          token: signer.token!,
          documentId: created.documentIds[0]!,
          signature: { kind: 'typed', text: `Signature of ${signer.signerId.slice(0, 8)}` },
          now,
          ...REQUEST,
        }),
      ),
    );

    expect(outcomes.every((o) => o.status === 'signed')).toBe(true);
    expect(await events('package_executed')).toHaveLength(1);

    const pkg = await database.db
      .selectFrom('packages')
      .select(['state', 'executed_at'])
      .executeTakeFirstOrThrow();
    expect(pkg).toEqual({ state: 'executed', executed_at: now.toISOString() });

    // Every signature is on the final document, none overwritten by a signer stamping at once.
    const final = await database.db
      .selectFrom('documents as d')
      .innerJoin('files as f', 'f.id', 'd.current_file_id')
      .select('f.content')
      .executeTakeFirstOrThrow();
    const text = (await readPageTexts(new Uint8Array(final.content))).join(' ');
    for (const signer of created.signers) {
      expect(text).toContain(`Signature of ${signer.signerId.slice(0, 8)}`);
    }
  });

  test('a decline rescinds the package and keeps what was signed', async () => {
    const created = await lease();
    await consentAll(
      database.db,
      created.signers.map((s) => s.token),
      now,
    );
    await signRevision(database.db, {
      token: created.signers[0]!.token!,
      documentId: created.documentIds[0]!,
      signature: typed,
      now,
      ...REQUEST,
    });

    const declined = await declinePackage(database.db, created.signers[2]!.token!, 'Wrong rent', {
      ...REQUEST,
      now,
    });

    expect(declined).toBe('declined');
    const pkg = await database.db
      .selectFrom('packages')
      .select(['state', 'decline_reason', 'declined_by_signer_id'])
      .executeTakeFirstOrThrow();
    expect(pkg).toEqual({
      state: 'rescinded',
      decline_reason: 'Wrong rent',
      declined_by_signer_id: created.signers[2]!.signerId,
    });
    expect(
      await database.db
        .selectFrom('revisions')
        .select('id')
        .where('signed_at', 'is not', null)
        .execute(),
    ).toHaveLength(1);
  });

  test('a signer who has signed everything cannot decline', async () => {
    const created = await lease('concurrent');
    const token = created.signers[0]!.token!;
    await recordConsent(database.db, token, { ...REQUEST, now });
    await signRevision(database.db, {
      token,
      documentId: created.documentIds[0]!,
      signature: typed,
      now,
      ...REQUEST,
    });

    expect(await declinePackage(database.db, token, null, { ...REQUEST, now })).toBe('not_allowed');
  });
});
