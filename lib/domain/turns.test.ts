import type { PackageClockFacts } from './deadlines';
import {
  isDocumentExecuted,
  isPackageExecuted,
  nextRevisionIds,
  type RevisionFacts,
  type SignerFacts,
} from './turns';

const now = new Date('2026-03-01T12:00:00Z');

function openPackage(type: string, extra: Partial<PackageClockFacts> = {}): PackageClockFacts {
  return {
    type,
    state: 'open',
    timeSignBy: '2026-03-10T00:00:00Z',
    meetingTimeStart: null,
    ...extra,
  };
}

const signers: SignerFacts[] = [
  { signerId: 'ana', order: 1 },
  { signerId: 'ben', order: 2 },
  { signerId: 'chi', order: 3 },
];

/** Two documents (lease, rider), each with a revision for every signer. */
function revisions(signed: string[] = []): RevisionFacts[] {
  return ['lease', 'rider'].flatMap((documentId) =>
    signers.map((signer) => {
      const revisionId = `${documentId}:${signer.signerId}`;

      return {
        revisionId,
        documentId,
        signerId: signer.signerId,
        signedAt: signed.includes(revisionId) ? '2026-02-28T09:00:00Z' : null,
      };
    }),
  );
}

function next(pkg: PackageClockFacts, revs: RevisionFacts[], at = now): string[] {
  return [...nextRevisionIds(pkg, signers, revs, at)].sort();
}

describe('nextRevisionIds', () => {
  test.each(['Sequential', 'Live Session'])(
    '%s: only the first signer with unsigned revisions is next',
    (type) => {
      expect(next(openPackage(type), revisions())).toEqual(['lease:ana', 'rider:ana']);
    },
  );

  test.each(['Sequential', 'Live Session'])(
    '%s: the turn passes once the first signer has signed everything',
    (type) => {
      expect(next(openPackage(type), revisions(['lease:ana']))).toEqual(['rider:ana']);
      expect(next(openPackage(type), revisions(['lease:ana', 'rider:ana']))).toEqual([
        'lease:ben',
        'rider:ben',
      ]);
    },
  );

  test('Sequential: signers who share an order sign side by side', () => {
    const shared: SignerFacts[] = [
      { signerId: 'ana', order: 1 },
      { signerId: 'ben', order: 1 },
      { signerId: 'chi', order: 2 },
    ];
    const result = nextRevisionIds(openPackage('Sequential'), shared, revisions(), now);

    expect([...result].sort()).toEqual(['lease:ana', 'lease:ben', 'rider:ana', 'rider:ben']);
  });

  test.each(['concurrent', 'Counterpart'])('%s: every unsigned revision is next', (type) => {
    expect(next(openPackage(type), revisions(['lease:ben']))).toEqual([
      'lease:ana',
      'lease:chi',
      'rider:ana',
      'rider:ben',
      'rider:chi',
    ]);
  });

  test('video_closing_room: nothing is next before the meeting starts, everything after', () => {
    const pkg = openPackage('video_closing_room', {
      timeSignBy: null,
      meetingTimeStart: '2026-03-01T15:00:00Z',
    });

    expect(next(pkg, revisions())).toEqual([]);
    expect(next(pkg, revisions(), new Date('2026-03-01T15:00:00Z'))).toHaveLength(6);
  });

  test.each(['draft', 'executed', 'expired', 'rescinded', 'select', 'add', 'paused'])(
    'nothing is next in a package that is %s',
    (state) => {
      expect(next({ ...openPackage('concurrent'), state }, revisions())).toEqual([]);
    },
  );

  test('nothing is next once an open package is past its deadline', () => {
    const pkg = openPackage('concurrent', { timeSignBy: '2026-03-01T11:59:59Z' });

    expect(next(pkg, revisions())).toEqual([]);
  });

  test('an unknown type has nothing next rather than guessing its rules', () => {
    expect(next(openPackage('sequential'), revisions())).toEqual([]);
  });

  test('a fully signed package has nothing next', () => {
    const all = revisions().map((revision) => revision.revisionId);

    expect(next(openPackage('Sequential'), revisions(all))).toEqual([]);
  });
});

describe('execution', () => {
  test('a document is executed when all of its revisions are signed', () => {
    const lease = revisions(['lease:ana', 'lease:ben', 'lease:chi']).filter(
      (revision) => revision.documentId === 'lease',
    );

    expect(isDocumentExecuted(lease)).toBe(true);
    expect(isDocumentExecuted(lease.slice(0, 2).concat({ ...lease[2]!, signedAt: null }))).toBe(
      false,
    );
  });

  test('a document without revisions is not executed', () => {
    expect(isDocumentExecuted([])).toBe(false);
  });

  test('a package is executed only when every document is', () => {
    const leaseOnly = ['lease:ana', 'lease:ben', 'lease:chi'];
    const all = revisions().map((revision) => revision.revisionId);

    expect(isPackageExecuted(['lease', 'rider'], revisions(leaseOnly))).toBe(false);
    expect(isPackageExecuted(['lease', 'rider'], revisions(all))).toBe(true);
    expect(isPackageExecuted([], [])).toBe(false);
  });
});
