import type { SigningLinkFacts } from './signer-view';
import { checkSigning, mayDecline } from './signing-rules';

const now = new Date('2026-03-01T12:00:00Z');

function facts(
  extra: Partial<SigningLinkFacts['package']> = {},
  signed: string[] = [],
  signerId = 'ben',
): SigningLinkFacts {
  return {
    package: {
      type: 'Sequential',
      state: 'open',
      timeSignBy: '2026-03-10T00:00:00Z',
      meetingTimeStart: null,
      ...extra,
    },
    signerId,
    linkTimeExpires: '2026-03-08T00:00:00Z',
    signers: [
      { signerId: 'ana', order: 1, firstName: 'Ana', lastName: 'Silva' },
      { signerId: 'ben', order: 2, firstName: 'Ben', lastName: 'Ito' },
    ],
    documents: [{ documentId: 'lease', name: 'Lease', order: 1 }],
    revisions: ['ana', 'ben'].map((signer) => ({
      revisionId: `lease:${signer}`,
      documentId: 'lease',
      signerId: signer,
      signedAt: signed.includes(`lease:${signer}`) ? '2026-02-28T10:00:00Z' : null,
    })),
  };
}

describe('checkSigning', () => {
  test('allows the signer whose turn it is', () => {
    expect(checkSigning(facts({}, ['lease:ana']), 'lease', now)).toEqual({
      kind: 'allowed',
      revisionId: 'lease:ben',
    });
  });

  test('refuses a signer out of turn', () => {
    expect(checkSigning(facts(), 'lease', now)).toEqual({
      kind: 'refused',
      reason: 'not_your_turn',
    });
  });

  test('answers already signed for a signed revision, even after the package closed', () => {
    for (const state of ['open', 'executed', 'rescinded']) {
      expect(checkSigning(facts({ state }, ['lease:ana', 'lease:ben']), 'lease', now).kind).toBe(
        'already_signed',
      );
    }
  });

  test.each(['draft', 'rescinded', 'expired', 'executed', 'archived'])(
    'refuses an unsigned revision of a %s package',
    (state) => {
      expect(checkSigning(facts({ state }, ['lease:ana']), 'lease', now)).toEqual({
        kind: 'refused',
        reason: 'package_not_open',
      });
    },
  );

  test('refuses after the deadline even before the package is marked expired', () => {
    const late = facts({ timeSignBy: '2026-03-01T11:59:59Z' }, ['lease:ana']);

    expect(checkSigning(late, 'lease', now)).toEqual({
      kind: 'refused',
      reason: 'package_not_open',
    });
  });

  test('refuses on an expired link', () => {
    const expired = { ...facts({}, ['lease:ana']), linkTimeExpires: '2026-03-01T00:00:00Z' };

    expect(checkSigning(expired, 'lease', now)).toEqual({
      kind: 'refused',
      reason: 'link_expired',
    });
  });

  test('refuses a document that is not the signer’s', () => {
    expect(checkSigning(facts(), 'someone-elses', now)).toEqual({
      kind: 'refused',
      reason: 'not_your_document',
    });
  });

  test('an in-person package is signed only in a session hosted by the sender', () => {
    const inPerson = facts({ type: 'Live Session' }, ['lease:ana']);

    expect(checkSigning(inPerson, 'lease', now).kind).toBe('refused');
    expect(checkSigning(inPerson, 'lease', now, { inPerson: true }).kind).toBe('allowed');
  });
});

describe('mayDecline', () => {
  test('while the package is open and something is left to sign', () => {
    expect(mayDecline(facts(), now)).toBe(true);
  });

  test('not once the signer has signed everything', () => {
    expect(mayDecline(facts({}, ['lease:ana', 'lease:ben']), now)).toBe(false);
  });

  test('not on a closed package or an expired link', () => {
    expect(mayDecline(facts({ state: 'rescinded' }), now)).toBe(false);
    expect(mayDecline({ ...facts(), linkTimeExpires: '2026-03-01T00:00:00Z' }, now)).toBe(false);
  });
});
