import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { createDemoDocument } from '@/lib/pdf/create-demo-document';
import { demoDocumentTexts } from '@/lib/pdf/demo-document-texts';
import { recordConsent } from '@/lib/signing/signer-events';

let leasePdf: Uint8Array | null = null;

/** A real two-page lease PDF, made once per test file. */
export async function realLeasePdf(): Promise<Uint8Array> {
  leasePdf ??= await createDemoDocument({
    ...demoDocumentTexts['residential-lease'],
    organizationName: 'Test Realty',
  });

  return leasePdf;
}

export const REQUEST = { ipAddress: '203.0.113.7', userAgent: 'Jest signer' };

/** Every signer of a package agrees to sign electronically. */
export async function consentAll(db: Kysely<Database>, tokens: (string | null)[], now: Date) {
  for (const token of tokens) await recordConsent(db, token!, { ...REQUEST, now });
}
