import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { recordDocumentViewed } from './signer-events';

describe.each(testEngines())('a signer opening a document, on %s', (dialect) => {
  let database: TestDatabase;
  const openedAt = new Date('2026-03-02T09:00:00Z');
  const minutes = (count: number) => new Date(openedAt.getTime() + count * 60 * 1000);

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function viewsOf(signerId: string) {
    return database.db
      .selectFrom('audit_events')
      .select(['occurred_at', 'details'])
      .where('signer_id', '=', signerId)
      .where('action', '=', 'document_viewed')
      .orderBy('occurred_at')
      .execute();
  }

  test('is recorded once for reloads within half an hour, and again after it', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner, {}, openedAt);
    const view = {
      organizationId: owner.organizationId,
      packageId: created.packageId,
      signerId: created.signers[0]!.signerId,
      documentId: created.documentIds[0]!,
    };

    const outcomes = [
      await recordDocumentViewed(database.db, view, { ...REQUEST, now: openedAt }),
      await recordDocumentViewed(database.db, view, { ...REQUEST, now: minutes(5) }),
      await recordDocumentViewed(database.db, view, { ...REQUEST, now: minutes(29) }),
      await recordDocumentViewed(database.db, view, { ...REQUEST, now: minutes(40) }),
    ];

    expect(outcomes).toEqual(['recorded', 'seen_recently', 'seen_recently', 'recorded']);
    expect((await viewsOf(view.signerId)).map((event) => event.occurred_at)).toEqual([
      openedAt.toISOString(),
      minutes(40).toISOString(),
    ]);
  });

  test('another document opened in the same minutes is recorded on its own', async () => {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner, {}, openedAt);
    const signerId = created.signers[0]!.signerId;
    const common = { organizationId: owner.organizationId, packageId: created.packageId, signerId };

    for (const documentId of created.documentIds) {
      await recordDocumentViewed(
        database.db,
        { ...common, documentId },
        {
          ...REQUEST,
          now: minutes(1),
        },
      );
    }

    const documents = (await viewsOf(signerId)).map((event) => JSON.parse(event.details!));
    expect(documents.map((details) => details.documentId)).toEqual(created.documentIds);
  });
});
