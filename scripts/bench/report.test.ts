import { wrap } from './report';

describe('the report', () => {
  test('breaks a long paragraph between words into lines of at most 100 characters', () => {
    const paragraph =
      'Signing: 357 posts sent, each for its own revision (of 18372 ready to sign), 257 ' +
      'answered as signed before the time was up (warm-up included); the server recorded 315 ' +
      'signatures on 315 revisions.';

    const lines = wrap(paragraph).split('\n');

    expect(lines.length).toBe(2);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.join(' ')).toBe(paragraph);
  });

  test('leaves a word longer than a line whole, on a line of its own', () => {
    const address = `https://portal.example/sign/${'x'.repeat(110)}`;

    expect(wrap(`Open ${address} to sign.`).split('\n')).toEqual(['Open', address, 'to sign.']);
  });
});
