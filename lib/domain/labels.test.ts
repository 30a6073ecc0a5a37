import { PACKAGE_STATES, packageStateLabel } from './package-states';
import { isPackageType, PACKAGE_TYPES, packageTypeLabel } from './package-types';

describe('package types', () => {
  test.each([
    ['concurrent', 'Concurrent'],
    ['Sequential', 'Sequential'],
    ['Counterpart', 'Group Send'],
    ['video_closing_room', 'Video Signing Room'],
    ['Live Session', 'In Person'],
  ])('%s is labelled %s', (type, label) => {
    expect(packageTypeLabel(type)).toBe(label);
  });

  test.each(['sequential', 'counterpart', 'Live Session ', 'live session', 'LiveSession', ''])(
    'the constants are case- and space-sensitive: %j is not a type',
    (value) => {
      expect(isPackageType(value)).toBe(false);
      expect(packageTypeLabel(value)).toBe('Unknown');
    },
  );

  test('there are exactly the five types of the contract', () => {
    expect(PACKAGE_TYPES).toHaveLength(5);
  });
});

describe('package states', () => {
  test('every state of the contract has its own label', () => {
    for (const state of PACKAGE_STATES) expect(packageStateLabel(state)).not.toBe('Unknown');
  });

  test('a state from a later version reads as Unknown', () => {
    expect(packageStateLabel('archived')).toBe('Unknown');
  });
});
