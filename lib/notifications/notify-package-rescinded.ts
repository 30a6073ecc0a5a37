import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { enqueueMail } from '@/lib/mail/enqueue-mail';

import { loadPackageNoticeFacts, quoted } from './package-notice';

export interface RescindNotice {
  /** The owner's words to the signers, passed on as written; null when there are none. */
  message: string | null;
  /** A signer who declined is not told what they did themselves. */
  exceptSignerId?: string | null;
  now: Date;
}

/**
 * The package was cancelled: each signer is told it no longer needs their signature, with the
 * owner's message. Written in the transaction that cancelled it.
 */
export async function notifyPackageRescinded(
  trx: Kysely<Database>,
  packageId: string,
  notice: RescindNotice,
): Promise<void> {
  const facts = await loadPackageNoticeFacts(trx, packageId);
  if (!facts) return;

  const { pkg, organizationName } = facts;
  const signers = facts.signers.filter((signer) => signer.id !== notice.exceptSignerId);

  for (const signer of signers) {
    await enqueueMail(
      trx,
      {
        organizationId: pkg.organization_id,
        recipient: signer.email,
        subject: `Cancelled: ${pkg.name}`,
        body: [
          `Hello ${signer.first_name},`,
          '',
          `${organizationName} has cancelled ${quoted(pkg.name)}. It can no longer be signed ` +
            'and needs nothing more from you.',
          ...(notice.message ? ['', `Their message to you:`, '', notice.message] : []),
        ].join('\n'),
      },
      notice.now,
    );
  }
}
