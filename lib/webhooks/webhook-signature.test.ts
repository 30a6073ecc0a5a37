import { createHmac } from 'node:crypto';

import { deriveEndpointSecret, signatureHeader, verifySignatureHeader } from './webhook-signature';

const SERVER_SECRET = 'test-secret-that-is-long-enough-for-the-portal';
const BODY = '{"action":"package_send","eventId":"e1"}';
const AT = new Date('2026-03-01T04:59:59.600Z');

describe('webhook signatures', () => {
  test('X-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">', () => {
    const secret = 'whsec_example';
    const expected = createHmac('sha256', secret).update(`1772341199.${BODY}`).digest('hex');

    expect(signatureHeader(secret, BODY, AT)).toBe(`t=1772341199,v1=${expected}`);
  });

  test('an endpoint secret is derived from the server secret, its id and its salt', () => {
    const secret = deriveEndpointSecret(SERVER_SECRET, 'endpoint-1', 'salt-1');

    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(deriveEndpointSecret(SERVER_SECRET, 'endpoint-1', 'salt-1')).toBe(secret);
    expect(deriveEndpointSecret(SERVER_SECRET, 'endpoint-1', 'salt-2')).not.toBe(secret);
    expect(deriveEndpointSecret(SERVER_SECRET, 'endpoint-2', 'salt-1')).not.toBe(secret);
    expect(deriveEndpointSecret(`${SERVER_SECRET}!`, 'endpoint-1', 'salt-1')).not.toBe(secret);
  });

  test('a receiver accepts the header within five minutes and refuses anything else', () => {
    const header = signatureHeader('whsec_a', BODY, AT);
    const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);

    expect(verifySignatureHeader(header, 'whsec_a', BODY, later(299))).toBe(true);
    expect(verifySignatureHeader(header, 'whsec_a', BODY, later(301))).toBe(false);
    expect(verifySignatureHeader(header, 'whsec_b', BODY, AT)).toBe(false);
    expect(verifySignatureHeader(header, 'whsec_a', `${BODY} `, AT)).toBe(false);
    expect(verifySignatureHeader('v1=abc', 'whsec_a', BODY, AT)).toBe(false);
    expect(verifySignatureHeader(header.replace('t=', 't=1'), 'whsec_a', BODY, AT)).toBe(false);
  });
});
