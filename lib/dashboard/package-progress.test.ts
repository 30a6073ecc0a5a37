import { packageProgress, revisionMatrix, type OwnerPackageFacts } from './package-progress';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = '2026-03-08T12:00:00.000Z';
const EARLIER = '2026-02-20T12:00:00.000Z';

function lease(overrides: Partial<OwnerPackageFacts['package']> = {}): OwnerPackageFacts {
  const signer = (signerId: string, firstName: string, order: number) => ({
    signerId,
    firstName,
    lastName: '',
    email: `${signerId}@example.test`,
    mobileNumber: null,
    order,
    linkTimeExpires: LATER,
  });

  return {
    package: {
      type: 'Sequential',
      state: 'open',
      timeSignBy: LATER,
      meetingTimeStart: null,
      ...overrides,
    },
    // Given out of order, as rows may come: the views put them in signing order.
    signers: [signer('c', 'Fatima', 3), signer('a', 'Emily', 1), signer('b', 'Ken', 2)],
    revisions: ['a', 'b', 'c'].flatMap((signerId) =>
      ['lease', 'rider'].map((documentId) => ({
        revisionId: `${documentId}-${signerId}`,
        documentId,
        signerId,
        signedAt: signerId === 'a' ? EARLIER : null,
      })),
    ),
  };
}

describe('packageProgress', () => {
  test('a sequential lease: signatures made, the next signer, the deadline', () => {
    expect(packageProgress(lease(), NOW)).toEqual({
      state: 'open',
      signed: 2,
      total: 6,
      turn: { kind: 'signers', names: ['Ken'], inPerson: false },
      deadline: LATER,
      overdue: false,
      expiredLinks: [],
    });
  });

  test('concurrent signers all hold the turn, in signing order', () => {
    const progress = packageProgress(lease({ type: 'concurrent' }), NOW);

    expect(progress.turn).toEqual({ kind: 'signers', names: ['Ken', 'Fatima'], inPerson: false });
  });

  test('in person, the next signer signs on the owner’s device; links do not matter', () => {
    const facts = lease({ type: 'Live Session' });
    const expired = {
      ...facts,
      signers: facts.signers.map((s) => ({ ...s, linkTimeExpires: EARLIER })),
    };

    const progress = packageProgress(expired, NOW);

    expect(progress.turn).toEqual({ kind: 'signers', names: ['Ken'], inPerson: true });
    expect(progress.expiredLinks).toEqual([]);
  });

  test('a video room waits for its meeting, and its deadline is a week after it', () => {
    const progress = packageProgress(
      lease({ type: 'video_closing_room', timeSignBy: null, meetingTimeStart: LATER }),
      NOW,
    );

    expect(progress.turn).toEqual({ kind: 'meeting', meetingTimeStart: LATER });
    expect(progress.deadline).toBe('2026-03-15T12:00:00.000Z');
  });

  test('an open package past its deadline is expired and overdue, and nobody’s turn', () => {
    const progress = packageProgress(lease({ timeSignBy: EARLIER }), NOW);

    expect(progress.state).toBe('expired');
    expect(progress.overdue).toBe(true);
    expect(progress.turn).toEqual({ kind: 'none' });
  });

  test('a completed or cancelled package is never overdue', () => {
    expect(packageProgress(lease({ state: 'executed', timeSignBy: EARLIER }), NOW).overdue).toBe(
      false,
    );
    expect(packageProgress(lease({ state: 'rescinded', timeSignBy: EARLIER }), NOW).overdue).toBe(
      false,
    );
  });

  test('names the signers whose link expired while they still have to sign', () => {
    const facts = lease();
    const signers = facts.signers.map((signer) => ({ ...signer, linkTimeExpires: EARLIER }));

    // Emily has signed everything, so her expired link needs nothing.
    expect(packageProgress({ ...facts, signers }, NOW).expiredLinks).toEqual(['Ken', 'Fatima']);
  });

  test('a state or type this version does not know is carried through, with no turn', () => {
    const progress = packageProgress(lease({ state: 'archived', type: 'Hologram' }), NOW);

    expect(progress.state).toBe('archived');
    expect(progress.turn).toEqual({ kind: 'none' });
  });
});

describe('revisionMatrix', () => {
  test('rows by document, columns in signing order: signed, next, waiting', () => {
    const matrix = revisionMatrix(lease(), ['lease', 'rider'], NOW);

    expect(matrix.signerIds).toEqual(['a', 'b', 'c']);
    expect(matrix.rows.map((row) => row.cells.map((cell) => cell.kind))).toEqual([
      ['signed', 'next', 'waiting'],
      ['signed', 'next', 'waiting'],
    ]);
  });

  test('an expired link says so instead of next; a closed package says not signed', () => {
    const facts = lease();
    const signers = facts.signers.map((signer) =>
      signer.signerId === 'b' ? { ...signer, linkTimeExpires: EARLIER } : signer,
    );

    const expiredLink = revisionMatrix({ ...facts, signers }, ['lease'], NOW);
    const cancelled = revisionMatrix(lease({ state: 'rescinded' }), ['lease'], NOW);

    expect(expiredLink.rows[0]?.cells[1]).toEqual({ kind: 'link_expired', timeExpires: EARLIER });
    expect(cancelled.rows[0]?.cells.map((cell) => cell.kind)).toEqual([
      'signed',
      'not_signed',
      'not_signed',
    ]);
  });

  test('a signer with no revision on a document is not asked to sign it', () => {
    const facts = lease();
    const revisions = facts.revisions.filter((revision) => revision.revisionId !== 'rider-c');

    const matrix = revisionMatrix({ ...facts, revisions }, ['rider'], NOW);

    expect(matrix.rows[0]?.cells[2]).toEqual({ kind: 'none' });
  });
});
