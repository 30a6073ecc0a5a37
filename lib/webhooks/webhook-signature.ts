import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every endpoint secret starts with this, so that a secret pasted elsewhere is recognised. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A new random salt for an endpoint's secret. */
export function newSecretSalt(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * An endpoint's signing secret: an HMAC of its id and salt under the server secret. The
 * database keeps only the salt, so the secret can be used to sign again at every delivery
 * while a copy of the database alone yields none.
 */
export function deriveEndpointSecret(
  serverSecret: string,
  endpointId: string,
  secretSalt: string,
): string {
  const derived = createHmac('sha256', serverSecret)
    .update(`webhook-endpoint:${endpointId}:${secretSalt}`)
    .digest('base64url');

  return `${WEBHOOK_SECRET_PREFIX}${derived}`;
}

/**
 * The `X-Signature` header of one delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" keyed with the endpoint secret>`.
 */
export function signatureHeader(endpointSecret: string, rawBody: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', endpointSecret).update(`${t}.${rawBody}`).digest('hex');

  return `t=${t},v1=${v1}`;
}

/**
 * What a receiver does with the header: true when it carries a `v1` HMAC of the raw body under
 * the secret, made no more than `toleranceSeconds` from `now` (a replay guard).
 */
export function verifySignatureHeader(
  header: string,
  endpointSecret: string,
  rawBody: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(
    header.split(',').map((part) => {
      const [key, ...value] = part.trim().split('=');

      return [key ?? '', value.join('=')] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';

  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;

  const expected = Buffer.from(
    createHmac('sha256', endpointSecret).update(`${t}.${rawBody}`).digest('hex'),
  );
  const presented = Buffer.from(v1);

  return expected.length === presented.length && timingSafeEqual(expected, presented);
}
