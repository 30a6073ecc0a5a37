import { seedOrganization, seedPackage, TEST_SECRET } from '@/lib/testing/seed';
import { realLeasePdf, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { confirmInPersonSigner, loadInPersonTurn } from './in-person-session';
import { signRevision } from './sign-revision';
import { recordConsent } from './signer-events';

jest.setTimeout(30_000);

describe.each(testEngines())('in-person signing on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date();
  const context = { ...REQUEST, secret: TEST_SECRET, now };

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  async function listing() {
    const owner = await seedOrganization(database.db);
    const created = await seedPackage(database.db, owner, {
      type: 'Live Session',
      generateSignerLinks: false,
      documents: [
        {
          name: 'Listing agreement',
          fileName: 'listing.pdf',
          content: await realLeasePdf(),
          pageCount: 3,
        },
      ],
      signers: [
        { firstName: 'María José', lastName: 'García', email: 'mj@example.test', order: 1 },
        { firstName: 'Thomas', lastName: 'Müller', email: 'thomas@example.test', order: 2 },
      ],
    });

    return { owner, created };
  }

  async function signTurn(owner: { organizationId: string; memberId: string }, packageId: string) {
    const before = await loadInPersonTurn(database.db, owner.organizationId, packageId, context);
    if (before.kind !== 'hand_over') throw new Error(`Expected a hand-over, got ${before.kind}`);

    await confirmInPersonSigner(
      database.db,
      owner.organizationId,
      packageId,
      before.signer.signerId,
      {
        ...context,
        memberId: owner.memberId,
      },
    );
    const turn = await loadInPersonTurn(database.db, owner.organizationId, packageId, context);
    if (turn.kind !== 'signing' || !turn.document) throw new Error('Expected a document to sign');

    await recordConsent(database.db, turn.token, { ...REQUEST, now, inPerson: true });

    return signRevision(database.db, {
      ...REQUEST,
      token: turn.token,
      documentId: turn.document.documentId,
      signature: { kind: 'typed', text: turn.signer.name },
      now,
      inPerson: true,
    });
  }

  test('the device goes to each signer in order, who confirms, agrees and signs there', async () => {
    const { owner, created } = await listing();

    const first = await loadInPersonTurn(
      database.db,
      owner.organizationId,
      created.packageId,
      context,
    );
    expect(first).toMatchObject({
      kind: 'hand_over',
      signer: { name: 'María José García', position: 1 },
    });

    expect((await signTurn(owner, created.packageId)).status).toBe('signed');

    const second = await loadInPersonTurn(
      database.db,
      owner.organizationId,
      created.packageId,
      context,
    );
    expect(second).toMatchObject({
      kind: 'hand_over',
      signer: { name: 'Thomas Müller', position: 2 },
    });

    const last = await signTurn(owner, created.packageId);
    expect(last).toMatchObject({ status: 'signed', packageExecuted: true });
    expect(
      await loadInPersonTurn(database.db, owner.organizationId, created.packageId, context),
    ).toMatchObject({ kind: 'complete' });

    const events = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', 'in', ['in_person_identity_confirmed', 'consent_given', 'revision_signed'])
      .execute();
    expect(events).toHaveLength(6);
    expect(events.every((event) => JSON.parse(event.details ?? '{}').inPerson === true)).toBe(true);
  });

  test('only the signer whose turn it is can confirm', async () => {
    const { owner, created } = await listing();
    const signers = await database.db.selectFrom('signers').select(['id', 'sort_order']).execute();
    const second = signers.find((signer) => Number(signer.sort_order) === 2)!;

    const confirmed = await confirmInPersonSigner(
      database.db,
      owner.organizationId,
      created.packageId,
      second.id,
      { ...context, memberId: owner.memberId },
    );

    expect(confirmed).toBe(false);
  });

  test('another organization cannot run the session', async () => {
    const { created } = await listing();
    const stranger = await seedOrganization(database.db, 'Other Realty');

    expect(
      await loadInPersonTurn(database.db, stranger.organizationId, created.packageId, context),
    ).toEqual({ kind: 'not_available' });
  });

  test('an in-person package cannot be signed through a link alone', async () => {
    const { owner, created } = await listing();
    const turn = await loadInPersonTurn(
      database.db,
      owner.organizationId,
      created.packageId,
      context,
    );
    if (turn.kind !== 'hand_over') throw new Error('Expected a hand-over');
    await confirmInPersonSigner(
      database.db,
      owner.organizationId,
      created.packageId,
      turn.signer.signerId,
      {
        ...context,
        memberId: owner.memberId,
      },
    );
    const signing = await loadInPersonTurn(
      database.db,
      owner.organizationId,
      created.packageId,
      context,
    );
    if (signing.kind !== 'signing') throw new Error('Expected signing');
    await recordConsent(database.db, signing.token, { ...REQUEST, now });

    const outcome = await signRevision(database.db, {
      ...REQUEST,
      token: signing.token,
      documentId: signing.document!.documentId,
      signature: { kind: 'typed', text: 'María José García' },
      now,
    });

    expect(outcome).toEqual({ status: 'refused', reason: 'in_person_only' });
  });
});
