import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** 128 bits, written in base64url: 22 characters. */
const TOKEN_BYTES = 16;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface IssuedSigningToken {
  linkId: string;
  token: string;
  tokenHash: string;
  tokenSalt: string;
}

/**
 * A new signing link's id and token. The token is an HMAC of the link id and a random salt
 * under the server secret: the database keeps the salt and a hash of the token, so the API can
 * show the token again while a copy of the database alone cannot produce a working one.
 */
export function issueSigningToken(secret: string): IssuedSigningToken {
  const linkId = randomUUID();
  const tokenSalt = randomBytes(TOKEN_BYTES).toString('base64url');
  const token = deriveSigningToken(secret, linkId, tokenSalt);

  return { linkId, token, tokenHash: hashSigningToken(token), tokenSalt };
}

/** The token of a stored link, derived again from its id, salt and the server secret. */
export function deriveSigningToken(secret: string, linkId: string, tokenSalt: string): string {
  return createHmac('sha256', secret)
    .update(`signing-link:${linkId}:${tokenSalt}`)
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('base64url');
}

/** The hash under which a token is looked up. */
export function hashSigningToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when a string has the shape of a token; anything else is not looked up at all. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Compares a derived token with a presented one in constant time. */
export function tokensMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);

  return left.length === right.length && timingSafeEqual(left, right);
}
