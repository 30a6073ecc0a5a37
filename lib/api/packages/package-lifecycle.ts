import type { Kysely } from 'kysely';

import { serverSecret } from '@/lib/config/server-secret';
import { toInstant } from '@/lib/clock';
import type { Database, PackageTable } from '@/lib/db/schema';
import { extendedDeadline } from '@/lib/domain/deadlines';
import { CHANGE_FROM_STATES } from '@/lib/domain/package-states';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { notifyPackageRescinded } from '@/lib/notifications/notify-package-rescinded';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';

import { changePackage, type PackageChangeContext } from './change-package';
import { checkPackageRules } from './check-package-rules';
import { inviteSigners } from './invite-signers';

/** `packages/send`: a draft (or a package being edited) opens and its signers are invited. */
export async function sendPackage(context: PackageChangeContext, packageId: string): Promise<void> {
  await changePackage(
    context,
    packageId,
    { action: 'package_sent', allowed: CHANGE_FROM_STATES.send, verb: 'sent' },
    async ({ trx, pkg, at }) => {
      await openPackage(trx, pkg, { now: context.now, at });

      return { result: undefined };
    },
  );
}

/**
 * Opens a package that is being put together: it must meet the rules of an open package (a
 * document, a signer, a deadline still ahead, a video room's meeting, one email per signer);
 * its signers are invited in the same transaction.
 */
export async function openPackage(
  trx: Kysely<Database>,
  pkg: PackageTable,
  context: { now: Date; at: string },
): Promise<void> {
  const [documents, signers] = await Promise.all([
    trx.selectFrom('documents').select('id').where('package_id', '=', pkg.id).execute(),
    trx.selectFrom('signers').select('email').where('package_id', '=', pkg.id).execute(),
  ]);
  // The rules an open package must meet, as when a package is added open.
  checkPackageRules(
    {
      state: 'open',
      type: pkg.type,
      timeSignBy: pkg.time_sign_by,
      meeting: pkg.meeting_time_start ? { timeStart: pkg.meeting_time_start } : null,
      signers,
      // Stored documents already have uploads of their own; only how many there are counts.
      documents: documents.map(() => ({})),
    },
    'send',
    context.now,
  );

  await trx
    .updateTable('packages')
    .set({ state: 'open', sent_at: context.at })
    .where('id', '=', pkg.id)
    .execute();
  await inviteSigners(
    trx,
    {
      id: pkg.id,
      organizationId: pkg.organization_id,
      name: pkg.name,
      type: pkg.type,
      state: 'open',
      timeSignBy: pkg.time_sign_by,
      meetingTimeStart: pkg.meeting_time_start,
    },
    { secret: serverSecret(), now: context.now },
  );
  await recordWebhookEvent(trx, { action: 'package_send', packageId: pkg.id, at: context.at });
}

/** `packages/rescind`: an open or expired package is cancelled; signers may be told. */
export async function rescindPackage(
  context: PackageChangeContext,
  input: { packageId: string; rescindMessage?: string | null; notify: boolean },
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_rescinded', allowed: CHANGE_FROM_STATES.rescind, verb: 'rescinded' },
    async ({ trx, pkg, at }) => {
      await trx
        .updateTable('packages')
        .set({ state: 'rescinded', rescind_message: input.rescindMessage ?? null })
        .where('id', '=', pkg.id)
        .execute();
      await recordWebhookEvent(trx, { action: 'package_rescind', packageId: pkg.id, at });

      if (input.notify) {
        await notifyPackageRescinded(trx, pkg.id, {
          message: input.rescindMessage ?? null,
          now: context.now,
        });
      }

      return { result: undefined, details: { notify: input.notify } };
    },
  );
}

/** `packages/extend`: an open or expired package's deadline moves `days` later; it is open. */
export async function extendPackage(
  context: PackageChangeContext,
  input: { packageId: string; days: number },
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_extended', allowed: CHANGE_FROM_STATES.extend, verb: 'extended' },
    async ({ trx, pkg, at }) => {
      const timeSignBy = toInstant(extendedDeadline(pkg.time_sign_by, input.days, context.now));

      await trx
        .updateTable('packages')
        .set({ state: 'open', time_sign_by: timeSignBy })
        .where('id', '=', pkg.id)
        .execute();
      // Links end with the old deadline at the latest; they live on to the new one.
      await trx
        .updateTable('signing_links')
        .set({ time_expires: timeSignBy })
        .where('package_id', '=', pkg.id)
        .where('revoked_at', 'is', null)
        .where('time_expires', '<', timeSignBy)
        .execute();
      // The contract has no event of its own for a new deadline: it is an update of timeSignBy.
      await recordWebhookEvent(trx, { action: 'package_update', packageId: pkg.id, at });

      return { result: undefined, details: { days: input.days, timeSignBy } };
    },
  );
}

/**
 * `packages/delete`: removes a package with everything in it; every token of it dies. With
 * `notify`, the signers of an open package are told by mail, in the same transaction.
 * The contract names no webhook event for it; events written before it are still delivered.
 */
export async function deletePackage(
  context: PackageChangeContext,
  input: { packageId: string; notify: boolean },
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_deleted', allowed: CHANGE_FROM_STATES.delete, verb: 'deleted' },
    async ({ trx, pkg, state }) => {
      // Only the signers of an open package are waiting to sign; the others have nothing to
      // be told (a draft was never sent, a finished package needs them no more).
      const notified = input.notify && state === 'open';
      if (notified) await tellSignersWithdrawn(trx, pkg, context.now);

      const fileIds = await trx
        .selectFrom('documents')
        .select('file_id')
        .where('package_id', '=', pkg.id)
        .execute();

      await trx.deleteFrom('packages').where('id', '=', pkg.id).execute();
      // TODO: the signed copies (revisions' and documents' current files) stay stored after a
      // delete; removing them needs a sweep that knows no other row points at them.
      if (fileIds.length > 0) {
        await trx
          .deleteFrom('files')
          .where(
            'id',
            'in',
            fileIds.map((row) => row.file_id),
          )
          .where('kind', '=', 'original')
          .execute();
      }

      return { result: undefined, details: { deleted: true, name: pkg.name, notified } };
    },
  );
}

/** Tells each signer of a package that it was withdrawn and their link no longer works. */
async function tellSignersWithdrawn(trx: Kysely<Database>, pkg: PackageTable, now: Date) {
  const [organization, signers] = await Promise.all([
    trx
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', pkg.organization_id)
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom('signers')
      .select(['email', 'first_name'])
      .where('package_id', '=', pkg.id)
      .orderBy('sort_order')
      .execute(),
  ]);

  for (const signer of signers) {
    await enqueueMail(
      trx,
      {
        organizationId: pkg.organization_id,
        recipient: signer.email,
        subject: `Withdrawn: ${pkg.name}`,
        body: [
          `Hello ${signer.first_name},`,
          '',
          `${organization.name} has withdrawn "${pkg.name}". It no longer needs your signature,`,
          'and the signing link you were sent no longer works.',
        ].join('\n'),
      },
      now,
    );
  }
}
