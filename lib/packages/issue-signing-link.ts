import type { Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { issueSigningToken } from '@/lib/tokens/signing-token';

export interface IssueSigningLinkOptions {
  packageId: string;
  signerId: string;
  secret: string;
  timeExpires: Date;
  issuedAt: Date;
}

/**
 * Gives a signer a new signing link and retires their earlier ones, so that only the newest
 * link works. Returns the token, which is shown to its owner and never stored.
 */
export async function issueSigningLink(db: Kysely<Database>, options: IssueSigningLinkOptions) {
  const issued = issueSigningToken(options.secret);
  const issuedAt = toInstant(options.issuedAt);

  await db
    .updateTable('signing_links')
    .set({ revoked_at: issuedAt })
    .where('signer_id', '=', options.signerId)
    .where('revoked_at', 'is', null)
    .execute();

  await db
    .insertInto('signing_links')
    .values({
      id: issued.linkId,
      package_id: options.packageId,
      signer_id: options.signerId,
      token_hash: issued.tokenHash,
      token_salt: issued.tokenSalt,
      time_expires: toInstant(options.timeExpires),
      created_at: issuedAt,
      revoked_at: null,
    })
    .execute();

  return {
    linkId: issued.linkId,
    token: issued.token,
    timeExpires: toInstant(options.timeExpires),
  };
}
