import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { signerName } from '@/lib/domain/signer-view';
import { enqueueMail } from '@/lib/mail/enqueue-mail';

import { dashboardPackageUrl, loadPackageNoticeFacts, quoted } from './package-notice';
import { notifyPackageRescinded } from './notify-package-rescinded';

/**
 * A signer declined, which cancels the package: the owner is told who declined and why, and
 * the other signers that it no longer needs them. Written in the transaction of the decline.
 */
export async function notifyPackageDeclined(
  trx: Kysely<Database>,
  packageId: string,
  decline: { signerId: string; reason: string | null; now: Date; publicUrl: string },
): Promise<void> {
  const facts = await loadPackageNoticeFacts(trx, packageId);
  if (!facts) return;

  const { pkg } = facts;
  const signer = facts.signers.find((candidate) => candidate.id === decline.signerId);
  const name = signer && signerName({ firstName: signer.first_name, lastName: signer.last_name });
  const who = signer ? `${name} (${signer.email})` : 'A signer';

  for (const owner of facts.owners) {
    await enqueueMail(
      trx,
      {
        organizationId: pkg.organization_id,
        recipient: owner.email,
        subject: `Declined: ${pkg.name}`,
        body: [
          `Hello ${owner.name},`,
          '',
          `${who} declined to sign ${quoted(pkg.name)}, so the package has been cancelled ` +
            'for every signer. Signatures already made are kept.',
          '',
          ...(decline.reason ? ['Their reason:', '', decline.reason] : ['They gave no reason.']),
          '',
          'See the package:',
          dashboardPackageUrl(decline.publicUrl, pkg.id),
        ].join('\n'),
      },
      decline.now,
    );
  }

  await notifyPackageRescinded(trx, packageId, {
    message: null,
    exceptSignerId: decline.signerId,
    now: decline.now,
  });
}
