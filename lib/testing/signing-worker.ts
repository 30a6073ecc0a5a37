/**
 * A process that signs through `lib/signing/sign-revision.ts` as an app instance does, for the
 * crash-safety and two-instance tests. Run with tsx:
 *
 *   tsx --conditions=react-server lib/testing/signing-worker.ts loop
 *     signs every unsigned revision it finds, a few at a time, until none is left (or it is
 *     killed), printing `signed <revisionId>` after each signature.
 *   tsx --conditions=react-server lib/testing/signing-worker.ts requests <file.json>
 *     sends the sign requests of the file (`[{token, documentId}]`), several at once, and
 *     prints one JSON line with the count of each outcome.
 *
 * Either prints `ready` once connected and warmed up. `DATABASE_URL` names the database and `DATABASE_SCHEMA` the PostgreSQL schema; tokens are
 * derived from `PORTAL_SECRET`.
 */
import { readFileSync } from 'node:fs';

import { openDatabase } from '@/lib/db/engine';
import { signRevision, type SignOutcome } from '@/lib/signing/sign-revision';
import { deriveSigningToken } from '@/lib/tokens/signing-token';
import { stampSignature } from '@/lib/pdf/stamp-signature';

import { TINY_PDF } from './seed';

const REQUEST = { ipAddress: '127.0.0.1', userAgent: 'signing worker' };
const PARALLEL = 4;

async function main() {
  const [mode, file] = process.argv.slice(2);
  const database = openDatabase(process.env.DATABASE_URL!, {
    schema: process.env.DATABASE_SCHEMA || undefined,
  });
  const secret = process.env.PORTAL_SECRET!;

  // The first stamp loads the fonts, which takes seconds; done before `ready`, so that a kill
  // timed from `ready` lands in the signing itself.
  await stampSignature({
    pdf: TINY_PDF,
    signature: { kind: 'typed', text: 'Worker Signer' },
    signerName: 'Worker Signer',
    signerEmail: 'worker@example.test',
    signerId: 'warm-up',
    signedAt: new Date().toISOString(),
    originalSha256: '0'.repeat(64),
    documentName: 'Warm-up',
  });
  console.log('ready');

  if (mode === 'loop') {
    for (;;) {
      const unsigned = await database.db
        .selectFrom('revisions as r')
        .innerJoin('signing_links as l', 'l.signer_id', 'r.signer_id')
        .innerJoin('signers as s', 's.id', 'r.signer_id')
        .select(['r.id', 'r.document_id', 'l.id as linkId', 'l.token_salt'])
        .where('r.signed_at', 'is', null)
        .where('l.revoked_at', 'is', null)
        // Earlier signers first, so that a Sequential package's turn comes round.
        .orderBy('s.sort_order')
        .orderBy('r.id')
        .limit(PARALLEL)
        .execute();
      if (unsigned.length === 0) break;

      await Promise.all(
        unsigned.map(async (revision) => {
          const outcome = await signRevision(database.db, {
            token: deriveSigningToken(secret, revision.linkId, revision.token_salt),
            documentId: revision.document_id,
            signature: { kind: 'typed', text: 'Worker Signer' },
            now: new Date(),
            ...REQUEST,
          });
          if (outcome.status === 'signed') console.log(`signed ${outcome.revisionId}`);
          // Another revision of the same signer order is still being signed: try it later.
          if (outcome.status === 'refused' && outcome.reason !== 'not_your_turn') {
            throw new Error(`Refused: ${outcome.reason}`);
          }
        }),
      );
    }
  } else if (mode === 'requests') {
    const requests = JSON.parse(readFileSync(file!, 'utf8')) as {
      token: string;
      documentId: string;
    }[];
    const counts: Record<string, number> = {};
    let next = 0;

    const lane = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const outcome: SignOutcome | { status: 'error' } = await signRevision(database.db, {
          ...request,
          signature: { kind: 'typed', text: 'Worker Signer' },
          now: new Date(),
          ...REQUEST,
        }).catch((error: unknown) => {
          console.error(error);
          return { status: 'error' as const };
        });
        counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
      }
    };

    await Promise.all(Array.from({ length: PARALLEL * 2 }, lane));
    console.log(JSON.stringify(counts));
  } else {
    throw new Error(`Unknown mode "${mode}": use loop or requests.`);
  }

  await database.db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
