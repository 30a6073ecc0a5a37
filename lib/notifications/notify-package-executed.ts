import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { signerName } from '@/lib/domain/signer-view';
import { enqueueMail, signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';

import {
  dashboardPackageUrl,
  loadPackageNoticeFacts,
  mailTime,
  quoted,
  workingLink,
} from './package-notice';

/**
 * The package has just been signed by everyone: each signer is told where to download their
 * signed copy, and the owner where to find the result. Written to the outbox in the
 * transaction that executed the package, so they go out only if it commits.
 */
export async function notifyPackageExecuted(
  trx: Kysely<Database>,
  packageId: string,
  context: { now: Date; publicUrl: string },
): Promise<void> {
  const facts = await loadPackageNoticeFacts(trx, packageId);
  if (!facts) return;

  const { pkg, organizationName } = facts;
  const executedAt = pkg.executed_at ?? context.now.toISOString();

  for (const signer of facts.signers) {
    const link = workingLink(facts, signer.id, context.now);

    await enqueueMail(
      trx,
      {
        organizationId: pkg.organization_id,
        recipient: signer.email,
        subject: `Signed by everyone: ${pkg.name}`,
        body: [
          `Hello ${signer.first_name},`,
          '',
          `Everyone has signed ${quoted(pkg.name)} from ${organizationName}, so it is complete.`,
          '',
          ...(link
            ? [
                'Download your signed copy and the certificate of completion from your ' +
                  'signing page:',
                signingLinkPlaceholder(link.id),
                '',
                `The link works until ${mailTime(link.timeExpires, pkg.time_zone)}, so keep ` +
                  'a copy for your records.',
              ]
            : [`Ask ${organizationName} for your signed copy if you would like one.`]),
        ].join('\n'),
      },
      context.now,
    );
  }

  const signers = facts.signers.map((signer) =>
    signerName({ firstName: signer.first_name, lastName: signer.last_name }),
  );

  for (const owner of facts.owners) {
    const when = mailTime(executedAt, owner.timeZone ?? pkg.time_zone);

    await enqueueMail(
      trx,
      {
        organizationId: pkg.organization_id,
        recipient: owner.email,
        subject: `Completed: ${pkg.name}`,
        body: [
          `Hello ${owner.name},`,
          '',
          `${quoted(pkg.name)} was signed by everyone on ${when}.`,
          `Signers: ${signers.join(', ')}.`,
          '',
          'The signed documents and the certificate of completion are on the package page:',
          dashboardPackageUrl(context.publicUrl, pkg.id),
        ].join('\n'),
      },
      context.now,
    );
  }
}
