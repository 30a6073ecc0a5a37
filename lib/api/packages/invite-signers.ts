import type { Kysely } from 'kysely';

import { toInstant } from '@/lib/clock';
import { linkExpiry } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';
import { enqueueMail, signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';

export interface OpenedPackage {
  id: string;
  organizationId: string;
  name: string;
  type: string;
  state: string;
  timeSignBy: string | null;
  meetingTimeStart: string | null;
}

/**
 * When a package opens, every signer (or only those of `signerIds`) gets a working link (a new
 * one only if they have none) and an invitation in the mail outbox, written in the caller's
 * transaction. Each signer invited is marked as notified now, which holds back reminders for a
 * while.
 */
export async function inviteSigners(
  trx: Kysely<Database>,
  pkg: OpenedPackage,
  context: { secret: string; now: Date },
  signerIds?: readonly string[],
): Promise<void> {
  const organization = await trx
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', pkg.organizationId)
    .executeTakeFirstOrThrow();
  const signers = await trx
    .selectFrom('signers as s')
    .leftJoin('signing_links as l', (join) =>
      join.onRef('l.signer_id', '=', 's.id').on('l.revoked_at', 'is', null),
    )
    .select(['s.id', 's.first_name', 's.email', 'l.id as linkId'])
    .where('s.package_id', '=', pkg.id)
    .$if(signerIds !== undefined, (query) => query.where('s.id', 'in', [...signerIds!, '']))
    .execute();

  const timeExpires = linkExpiry(
    {
      type: pkg.type,
      state: 'open',
      timeSignBy: pkg.timeSignBy,
      meetingTimeStart: pkg.meetingTimeStart,
    },
    context.now,
    DEFAULT_LINK_LIFETIME_DAYS,
  );

  for (const signer of signers) {
    const linkId =
      signer.linkId ??
      (
        await issueSigningLink(trx, {
          packageId: pkg.id,
          signerId: signer.id,
          secret: context.secret,
          timeExpires,
          issuedAt: context.now,
        })
      ).linkId;

    await enqueueMail(
      trx,
      {
        organizationId: pkg.organizationId,
        recipient: signer.email,
        subject: `Please sign: ${pkg.name}`,
        body: [
          `Hello ${signer.first_name},`,
          '',
          `${organization.name} asks you to sign "${pkg.name}".`,
          '',
          `Open your documents here: ${signingLinkPlaceholder(linkId)}`,
        ].join('\n'),
      },
      context.now,
    );
  }

  await trx
    .updateTable('signers')
    .set({ last_notified_at: toInstant(context.now) })
    .where('package_id', '=', pkg.id)
    .execute();
}
