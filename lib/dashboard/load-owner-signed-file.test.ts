import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { signRevision } from '@/lib/signing/sign-revision';
import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { consentAll, realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { loadOwnerSignedFile } from './load-owner-signed-file';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());

describe.each(testEngines())('the owner’s signed copies on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function packageOf(type: string) {
    const owner = await seedOrganization(database.db, 'Harbour Lettings');
    const pdf = await realLeasePdf();
    const created = await seedPackage(
      database.db,
      owner,
      {
        type,
        documents: [{ name: 'Lease', fileName: 'lease.pdf', content: pdf, pageCount: 2 }],
        signers: [
          { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
          { firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.test', order: 2 },
        ],
      },
      now,
    );
    const tokens = created.signers.map((signer) => signer.token!);
    await consentAll(database.db, tokens, now);
    const sign = (token: string) =>
      signRevision(database.db, {
        token,
        documentId: created.documentIds[0]!,
        signature: { kind: 'typed', text: 'Signed' },
        now,
        ...REQUEST,
      });

    return { owner, created, tokens, sign };
  }

  test('the signed document is there once everyone signed, and only for its organization', async () => {
    const { owner, created, tokens, sign } = await packageOf('Sequential');
    const target = { packageId: created.packageId, documentId: created.documentIds[0]! };
    const other = await seedOrganization(database.db, 'Birch Homes');

    await sign(tokens[0]!);
    expect(await loadOwnerSignedFile(database.db, owner.organizationId, target)).toBeNull();

    await sign(tokens[1]!);
    const file = await loadOwnerSignedFile(database.db, owner.organizationId, target);
    expect(file).toMatchObject({ fileName: 'lease.pdf', sha256: expect.any(String) });
    expect(Buffer.from(file!.content.subarray(0, 5)).toString()).toBe('%PDF-');

    expect(await loadOwnerSignedFile(database.db, other.organizationId, target)).toBeNull();
  });

  test('in a Group Send each signer’s own copy is there as soon as they sign', async () => {
    const { owner, created, tokens, sign } = await packageOf('Counterpart');
    const [ana, ben] = created.signers.map((signer) => signer.signerId);
    const target = { packageId: created.packageId, documentId: created.documentIds[0]! };

    await sign(tokens[0]!);

    const anaCopy = await loadOwnerSignedFile(database.db, owner.organizationId, {
      ...target,
      signerId: ana,
    });
    expect(anaCopy).not.toBeNull();
    expect(
      await loadOwnerSignedFile(database.db, owner.organizationId, { ...target, signerId: ben }),
    ).toBeNull();
    expect(await loadOwnerSignedFile(database.db, owner.organizationId, target)).toBeNull();
  });
});
