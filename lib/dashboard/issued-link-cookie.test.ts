import { TEST_SECRET } from '@/lib/testing/seed';

import { openIssuedLink, sealIssuedLink } from './issued-link-cookie';

const note = {
  signerId: '1f7c1b9e-3b8f-4f0e-9f43-0d5c7c2a9b11',
  link: 'https://portal.example.test/sign/abc',
  timeExpires: '2026-03-08T12:00:00.000Z',
};

test('a sealed link opens with the same secret and hides the token', () => {
  const sealed = sealIssuedLink(note, TEST_SECRET);

  expect(sealed).not.toContain('abc');
  expect(openIssuedLink(sealed, TEST_SECRET)).toEqual(note);
});

test('an altered, foreign or missing cookie opens to nothing', () => {
  const sealed = sealIssuedLink(note, TEST_SECRET);
  const [iv, tag, body] = sealed.split('.');
  const flipped = body!.startsWith('A') ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;

  expect(openIssuedLink(`${iv}.${tag}.${flipped}`, TEST_SECRET)).toBeNull();
  expect(openIssuedLink(sealed, `${TEST_SECRET}-other`)).toBeNull();
  expect(openIssuedLink(undefined, TEST_SECRET)).toBeNull();
  expect(openIssuedLink('not.a.cookie', TEST_SECRET)).toBeNull();
});
