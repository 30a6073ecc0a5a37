import type { Kysely } from 'kysely';
import { z } from 'zod';

import { ApiError } from '@/lib/api/api-error';
import type { PackageChangeContext } from '@/lib/api/packages/change-package';
import { issueSignerLink } from '@/lib/api/packages/issue-signer-link';
import {
  deletePackage,
  extendPackage,
  rescindPackage,
  sendPackage,
} from '@/lib/api/packages/package-lifecycle';
import type { RequestMetadata } from '@/lib/audit/record-audit-event';
import type { Database } from '@/lib/db/schema';
import { remindSigner } from '@/lib/notifications/remind-signer';

import {
  EXTEND_DAYS,
  isSignerAction,
  RESCIND_MESSAGE_MAX_LENGTH,
  type OwnerAction,
  type OwnerNotice,
  type OwnerProblem,
} from './owner-actions';

/** The signed-in member acting on a package of their organization, and from where. */
export interface OwnerActor {
  organizationId: string;
  memberId: string;
  metadata: RequestMetadata;
}

export type OwnerActionOutcome =
  | { kind: 'done'; notice: OwnerNotice; signerId?: string }
  | { kind: 'refused'; problem: OwnerProblem; signerId?: string }
  | { kind: 'link-issued'; signerId: string; link: string; timeExpires: string }
  | { kind: 'deleted' }
  | { kind: 'not-found' };

const ZSignerForm = z.object({ signerId: z.uuid() });

const ZRescindForm = z.object({
  rescindMessage: z.string().trim().max(RESCIND_MESSAGE_MAX_LENGTH).optional(),
  // A checkbox is sent only when ticked.
  notify: z.literal('yes').optional(),
});

/**
 * Runs one owner action from the dashboard through the same package changes the API makes,
 * recorded in the audit trail as done by the member on the dashboard. A package or signer of
 * another organization is not found; a refusal says why and changes nothing.
 */
export async function runOwnerAction(
  db: Kysely<Database>,
  actor: OwnerActor,
  request: { action: OwnerAction; packageId: string; fields: Record<string, string> },
  now: Date,
): Promise<OwnerActionOutcome> {
  const context: PackageChangeContext = {
    db,
    caller: { organizationId: actor.organizationId, memberId: actor.memberId },
    metadata: actor.metadata,
    now,
    via: 'dashboard',
  };
  const { action, packageId, fields } = request;

  let signerId: string | undefined;
  if (isSignerAction(action)) {
    const form = ZSignerForm.safeParse(fields);
    if (!form.success) return { kind: 'not-found' };
    signerId = form.data.signerId;
  }

  try {
    switch (action) {
      case 'send':
        await sendPackage(context, packageId);

        return { kind: 'done', notice: 'sent' };

      case 'remind': {
        const reminded = await remindSigner(
          db,
          {
            organizationId: actor.organizationId,
            packageId,
            signerId: signerId!,
            actor: { memberId: actor.memberId, ...actor.metadata, via: 'dashboard' },
          },
          now,
        );
        if (reminded.reminded) return { kind: 'done', notice: 'reminded', signerId };
        if (reminded.reason === 'not_found') return { kind: 'not-found' };

        const problem: Record<typeof reminded.reason, OwnerProblem> = {
          recently_notified: 'recently-notified',
          signed_everything: 'signed-everything',
          not_open: 'wrong-state',
        };

        return { kind: 'refused', problem: problem[reminded.reason], signerId };
      }

      case 'new-link': {
        const issued = await issueSignerLink(context, packageId, signerId!);

        return {
          kind: 'link-issued',
          signerId: signerId!,
          link: issued.link,
          timeExpires: issued.timeExpires,
        };
      }

      case 'extend':
        await extendPackage(context, { packageId, days: EXTEND_DAYS });

        return { kind: 'done', notice: 'extended' };

      case 'rescind': {
        const form = ZRescindForm.safeParse(fields);
        if (!form.success) return { kind: 'refused', problem: 'message-too-long' };

        await rescindPackage(context, {
          packageId,
          rescindMessage: form.data.rescindMessage || null,
          notify: form.data.notify === 'yes',
        });

        return { kind: 'done', notice: 'rescinded' };
      }

      case 'delete':
        await deletePackage(context, { packageId, notify: false });

        return { kind: 'deleted' };
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;

    return refusalOf(error, signerId);
  }
}

/** The dashboard's words for a refusal of the package changes. */
function refusalOf(error: ApiError, signerId: string | undefined): OwnerActionOutcome {
  if (error.kind === 'not_found') return { kind: 'not-found' };
  if (error.kind === 'wrong_state') return { kind: 'refused', problem: 'wrong-state', signerId };
  if (error.code === 'package_range_timeSignBy') {
    return { kind: 'refused', problem: 'deadline-passed' };
  }
  if (error.code.startsWith('package_send_no_')) return { kind: 'refused', problem: 'incomplete' };
  if (error.code === 'package_invalid_meeting') return { kind: 'refused', problem: 'no-meeting' };
  if (error.code === 'package_duplicate_recipients') {
    return { kind: 'refused', problem: 'shared-email' };
  }

  throw error;
}
