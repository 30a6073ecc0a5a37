import { packageActionsNow, signerActionsNow } from './owner-actions';

const now = new Date('2026-03-01T12:00:00.000Z');
const ahead = '2026-03-05T12:00:00.000Z';
const passed = '2026-02-27T12:00:00.000Z';

function pkg(state: string, overrides: { type?: string; timeSignBy?: string | null } = {}) {
  return { type: 'Sequential', state, timeSignBy: ahead, meetingTimeStart: null, ...overrides };
}

describe('the package actions offered', () => {
  test.each([
    ['draft', ahead, ['send', 'delete']],
    ['select', ahead, ['send', 'delete']],
    ['open', ahead, ['extend', 'rescind', 'delete']],
    ['open', passed, ['extend', 'rescind', 'delete']],
    ['expired', passed, ['extend', 'rescind', 'delete']],
    ['executed', ahead, ['delete']],
    ['rescinded', ahead, ['delete']],
    ['archived', ahead, []],
  ])('a package that is %s (deadline %s) offers %j', (state, timeSignBy, expected) => {
    expect(packageActionsNow(pkg(state, { timeSignBy }), now)).toEqual(expected);
  });

  test('a video room, whose deadline follows its meeting, or a package without one, is not extended', () => {
    expect(packageActionsNow(pkg('open', { type: 'video_closing_room' }), now)).not.toContain(
      'extend',
    );
    expect(packageActionsNow(pkg('open', { timeSignBy: null }), now)).not.toContain('extend');
  });
});

describe('the signer actions offered', () => {
  const revisions = [
    { revisionId: 'r1', documentId: 'd1', signerId: 'ana', signedAt: '2026-02-28T09:00:00.000Z' },
    { revisionId: 'r2', documentId: 'd1', signerId: 'ken', signedAt: null },
  ];

  test('a signer with something left to sign can be reminded and given a new link', () => {
    expect(signerActionsNow({ package: pkg('open'), revisions }, 'ken', now)).toEqual([
      'remind',
      'new-link',
    ]);
  });

  test('a signer who signed everything is not reminded, but can get a new link', () => {
    expect(signerActionsNow({ package: pkg('open'), revisions }, 'ana', now)).toEqual(['new-link']);
  });

  test.each([
    ['a draft', pkg('draft')],
    ['an expired package', pkg('open', { timeSignBy: passed })],
    ['a cancelled package', pkg('rescinded')],
    ['an in-person package', pkg('open', { type: 'Live Session' })],
  ])('nobody in %s gets signer actions', (_name, facts) => {
    expect(signerActionsNow({ package: facts, revisions }, 'ken', now)).toEqual([]);
  });
});
