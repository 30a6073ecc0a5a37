import { addDays } from 'date-fns';

import { serverSecret } from '@/lib/config/server-secret';
import { toInstant } from '@/lib/clock';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';

import { ApiError } from '../api-error';
import type { ApiContext } from '../api-route';
import { changePackage } from './change-package';
import { inviteSigners } from './invite-signers';

/** `packages/send`: a draft (or a package being edited) opens and its signers are invited. */
export async function sendPackage(context: ApiContext, packageId: string): Promise<void> {
  await changePackage(
    context,
    packageId,
    { action: 'package_sent', allowed: ['draft', 'add', 'select'], verb: 'sent' },
    async ({ trx, pkg, at }) => {
      const [documents, signers] = await Promise.all([
        trx.selectFrom('documents').select('id').where('package_id', '=', pkg.id).execute(),
        trx.selectFrom('signers').select('id').where('package_id', '=', pkg.id).execute(),
      ]);
      if (documents.length === 0 || signers.length === 0) {
        throw new ApiError(
          'rule',
          documents.length === 0 ? 'package_send_no_documents' : 'package_send_no_signers',
          'A package needs at least one document and one signer before it is sent.',
        );
      }
      if (pkg.time_sign_by && Date.parse(pkg.time_sign_by) <= context.now.getTime()) {
        throw new ApiError(
          'range',
          'package_range_timeSignBy',
          'The package’s timeSignBy has passed; update it with packages/update, then send.',
        );
      }

      await trx
        .updateTable('packages')
        .set({ state: 'open', sent_at: at })
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
      await recordWebhookEvent(trx, { action: 'package_send', packageId: pkg.id, at });

      return { result: undefined };
    },
  );
}

/** `packages/rescind`: an open or expired package is cancelled; signers may be told. */
export async function rescindPackage(
  context: ApiContext,
  input: { packageId: string; rescindMessage?: string | null; notify: boolean },
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_rescinded', allowed: ['open', 'expired'], verb: 'rescinded' },
    async ({ trx, pkg, at }) => {
      await trx
        .updateTable('packages')
        .set({ state: 'rescinded', rescind_message: input.rescindMessage ?? null })
        .where('id', '=', pkg.id)
        .execute();
      await recordWebhookEvent(trx, { action: 'package_rescind', packageId: pkg.id, at });

      if (input.notify) {
        const signers = await trx
          .selectFrom('signers')
          .select(['email', 'first_name'])
          .where('package_id', '=', pkg.id)
          .execute();
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
                `"${pkg.name}" has been cancelled and no longer needs your signature.`,
                ...(input.rescindMessage ? ['', input.rescindMessage] : []),
              ].join('\n'),
            },
            context.now,
          );
        }
      }

      return { result: undefined, details: { notify: input.notify } };
    },
  );
}

/** `packages/extend`: an open or expired package's deadline moves `days` later; it is open. */
export async function extendPackage(
  context: ApiContext,
  input: { packageId: string; days: number },
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_extended', allowed: ['open', 'expired'], verb: 'extended' },
    async ({ trx, pkg, at }) => {
      // From the later of the old deadline and now, so an extended package is never born late.
      const from = Math.max(Date.parse(pkg.time_sign_by ?? ''), context.now.getTime()) || 0;
      const timeSignBy = toInstant(addDays(new Date(from || context.now.getTime()), input.days));

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
 * `packages/delete`: removes a package with everything in it; every token of it dies. The
 * contract names no webhook event for it; events written before it are still delivered.
 */
export async function deletePackage(
  context: ApiContext,
  input: { packageId: string; notify: boolean },
): Promise<void> {
  const any = ['draft', 'open', 'executed', 'expired', 'rescinded', 'select', 'add'];

  await changePackage(
    context,
    input.packageId,
    { action: 'package_deleted', allowed: any, verb: 'deleted' },
    async ({ trx, pkg }) => {
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

      return { result: undefined, details: { deleted: true, name: pkg.name } };
    },
  );
}
