import {
  signerDocuments,
  signerName,
  signingLinkOutcome,
  signedCopyReady,
  signingProgress,
  type SigningLinkFacts,
} from './signer-view';

const now = new Date('2026-03-01T12:00:00Z');

function lease(extra: Partial<SigningLinkFacts['package']> = {}, signed: string[] = []) {
  const facts: SigningLinkFacts = {
    package: {
      type: 'Sequential',
      state: 'open',
      timeSignBy: '2026-03-10T00:00:00Z',
      meetingTimeStart: null,
      ...extra,
    },
    signerId: 'ben',
    linkTimeExpires: '2026-03-08T00:00:00Z',
    signers: [
      { signerId: 'chi', order: 3, firstName: 'Chi', lastName: 'Nguyễn' },
      { signerId: 'ana', order: 1, firstName: 'Ana', lastName: 'Silva' },
      { signerId: 'ben', order: 2, firstName: '健', lastName: '渡辺' },
    ],
    documents: [
      { documentId: 'rider', name: 'Pet rider', order: 2 },
      { documentId: 'lease', name: 'Residential lease', order: 1 },
    ],
    revisions: ['lease', 'rider'].flatMap((documentId) =>
      ['ana', 'ben', 'chi'].map((signerId) => ({
        revisionId: `${documentId}:${signerId}`,
        documentId,
        signerId,
        signedAt: signed.includes(`${documentId}:${signerId}`) ? '2026-02-27T10:00:00Z' : null,
      })),
    ),
  };

  return facts;
}

describe('signingLinkOutcome', () => {
  test.each([
    [{ state: 'open' }, 'open'],
    [{ state: 'draft' }, 'not_sent'],
    [{ state: 'rescinded' }, 'rescinded'],
    [{ state: 'expired' }, 'package_expired'],
    [{ state: 'open', timeSignBy: '2026-03-01T11:00:00Z' }, 'package_expired'],
    [{ state: 'executed' }, 'executed'],
    [{ state: 'archived_in_a_later_version' }, 'unknown_state'],
  ])('a package %o opens the %s page', (extra, outcome) => {
    expect(signingLinkOutcome(lease(extra), now)).toBe(outcome);
  });

  test('an expired link on an open package opens the expired-link page', () => {
    const facts = { ...lease(), linkTimeExpires: '2026-03-01T11:00:00Z' };

    expect(signingLinkOutcome(facts, now)).toBe('link_expired');
  });

  test('a cancelled or expired package wins over an expired link', () => {
    const expiredLink = { linkTimeExpires: '2026-03-01T11:00:00Z' };

    expect(signingLinkOutcome({ ...lease({ state: 'rescinded' }), ...expiredLink }, now)).toBe(
      'rescinded',
    );
    expect(signingLinkOutcome({ ...lease({ state: 'expired' }), ...expiredLink }, now)).toBe(
      'package_expired',
    );
  });
});

describe('signerDocuments', () => {
  test('lists only the signer’s own revisions, documents in order', () => {
    const documents = signerDocuments(lease(), now);

    expect(documents.map((document) => document.revisionId)).toEqual(['lease:ben', 'rider:ben']);
    expect(documents.map((document) => document.name)).toEqual(['Residential lease', 'Pet rider']);
  });

  test('a second signer waits for the first, named with their place in the order', () => {
    const [first] = signerDocuments(lease(), now);

    expect(first?.standing).toEqual({
      kind: 'waiting',
      waitingFor: [{ signerId: 'ana', name: 'Ana Silva', position: 1, of: 3 }],
    });
  });

  test('it is the second signer’s turn once the first has signed everything', () => {
    const documents = signerDocuments(lease({}, ['lease:ana', 'rider:ana']), now);

    expect(documents.map((document) => document.standing.kind)).toEqual(['your_turn', 'your_turn']);
  });

  test('a signed revision says when it was signed', () => {
    const signed = ['lease:ana', 'rider:ana', 'lease:ben'];
    const [leaseDocument, rider] = signerDocuments(lease({}, signed), now);

    expect(leaseDocument?.standing).toEqual({ kind: 'signed', signedAt: '2026-02-27T10:00:00Z' });
    expect(rider?.standing).toEqual({ kind: 'your_turn' });
  });

  test('a concurrent package is everyone’s turn at once', () => {
    const documents = signerDocuments(lease({ type: 'concurrent' }), now);

    expect(documents.every((document) => document.standing.kind === 'your_turn')).toBe(true);
  });

  test('a video signing room waits for its meeting', () => {
    const meetingTimeStart = '2026-03-02T15:00:00Z';
    const [first] = signerDocuments(
      lease({ type: 'video_closing_room', timeSignBy: null, meetingTimeStart }),
      now,
    );

    expect(first?.standing).toEqual({ kind: 'meeting_not_started', meetingTimeStart });
  });

  test('an in-person package is signed with the sender, not through the link', () => {
    const [first] = signerDocuments(
      lease({ type: 'Live Session' }, ['lease:ana', 'rider:ana']),
      now,
    );

    expect(first?.standing).toEqual({ kind: 'in_person' });
  });

  test('nothing can be signed on an expired link', () => {
    const facts = {
      ...lease({}, ['lease:ana', 'rider:ana']),
      linkTimeExpires: '2026-03-01T00:00:00Z',
    };

    expect(signerDocuments(facts, now).map((document) => document.standing.kind)).toEqual([
      'closed',
      'closed',
    ]);
  });

  test('signatures made before a package was cancelled still show as signed', () => {
    const documents = signerDocuments(lease({ state: 'rescinded' }, ['lease:ben']), now);

    expect(documents.map((document) => document.standing.kind)).toEqual(['signed', 'closed']);
  });
});

describe('signerName', () => {
  test.each([
    [{ firstName: 'Ana', lastName: 'Silva' }, 'Ana Silva'],
    [{ firstName: ' Ana ', lastName: '' }, 'Ana'],
    [{ firstName: 'فاطمة', lastName: 'الزهراء' }, 'فاطمة الزهراء'],
  ])('%o is shown as %s', (signer, name) => {
    expect(signerName(signer)).toBe(name);
  });
});

describe('signingProgress', () => {
  test('lists every signer in order with their signed count and who holds the turn', () => {
    const progress = signingProgress(lease({}, ['lease:ana', 'rider:ana', 'lease:ben']), now);

    expect(progress.map((p) => [p.name, p.position, p.signed, p.total, p.holdsTurn])).toEqual([
      ['Ana Silva', 1, 2, 2, false],
      ['健 渡辺', 2, 1, 2, true],
      ['Chi Nguyễn', 3, 0, 2, false],
    ]);
  });

  test('nobody holds the turn in a closed package', () => {
    const progress = signingProgress(lease({ state: 'rescinded' }), now);

    expect(progress.some((p) => p.holdsTurn)).toBe(false);
  });
});

describe('signedCopyReady', () => {
  const all = ['lease:ana', 'lease:ben', 'lease:chi'];

  test('a shared document is ready for download once everyone has signed it', () => {
    expect(signedCopyReady(lease({}, all.slice(0, 2)), 'lease')).toBe(false);
    expect(signedCopyReady(lease({}, all), 'lease')).toBe(true);
  });

  test('a Group Send copy is ready as soon as its own signer has signed it', () => {
    expect(signedCopyReady(lease({ type: 'Counterpart' }, ['lease:ben']), 'lease')).toBe(true);
    expect(signedCopyReady(lease({ type: 'Counterpart' }, ['lease:ana']), 'lease')).toBe(false);
  });
});
