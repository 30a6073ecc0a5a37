import {
  deriveSigningToken,
  hashSigningToken,
  isWellFormedToken,
  issueSigningToken,
} from './signing-token';

const secret = 'a-server-secret-of-at-least-thirty-two-characters';

describe('signing tokens', () => {
  test('carry 128 bits in 22 base64url characters', () => {
    const { token } = issueSigningToken(secret);

    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
  });

  test('are different every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueSigningToken(secret).token));

    expect(tokens.size).toBe(1000);
  });

  test('can be derived again from the stored id and salt with the secret, and only with it', () => {
    const issued = issueSigningToken(secret);

    expect(deriveSigningToken(secret, issued.linkId, issued.tokenSalt)).toBe(issued.token);
    expect(deriveSigningToken('another-secret', issued.linkId, issued.tokenSalt)).not.toBe(
      issued.token,
    );
  });

  test('are stored only as a SHA-256 hash', () => {
    const issued = issueSigningToken(secret);

    expect(issued.tokenHash).toBe(hashSigningToken(issued.token));
    expect(issued.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.tokenHash).not.toContain(issued.token);
    expect(issued.tokenSalt).not.toContain(issued.token);
  });

  test.each(['', 'short', 'x'.repeat(23), 'has space in it ........', '../../etc/passwd......'])(
    '%j is not a well-formed token',
    (candidate) => {
      expect(isWellFormedToken(candidate)).toBe(false);
    },
  );
});
