import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

import { z } from 'zod';

import { serverSecret } from '@/lib/config/server-secret';

/**
 * The cookie that carries a newly issued signing link from the form post to the page that
 * shows it, once. It is sealed (AES-256-GCM with a key from the server secret), so the token
 * never lies readable in the owner's browser, and lives a few minutes at most.
 */
export const ISSUED_LINK_COOKIE = 'portal_issued_link';

export interface IssuedLinkNote {
  signerId: string;
  link: string;
  timeExpires: string;
}

const ZIssuedLinkNote = z.object({
  signerId: z.string(),
  link: z.string(),
  timeExpires: z.string(),
});

function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`issued-link-cookie:${secret}`).digest();
}

export function sealIssuedLink(note: IssuedLinkNote, secret = serverSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([
    cipher.update(JSON.stringify(ZIssuedLinkNote.parse(note)), 'utf8'),
    cipher.final(),
  ]);

  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The note a sealed cookie holds, or null when it is missing, altered or not ours. */
export function openIssuedLink(
  sealed: string | undefined,
  secret = serverSecret(),
): IssuedLinkNote | null {
  const [iv, tag, body] = (sealed ?? '').split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;

  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    const note = ZIssuedLinkNote.safeParse(JSON.parse(text));

    return note.success ? note.data : null;
  } catch {
    return null;
  }
}
