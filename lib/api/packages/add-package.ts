import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import type { ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import { toInstant } from '@/lib/clock';
import { linkExpiry } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';

import type { TAddPackageRequest } from '../schemas/package-input';
import { checkPackageRules } from './check-package-rules';
import { inviteSigners } from './invite-signers';
import { insertDocumentsFromUploads, insertMissingRevisions, insertSigners } from './package-parts';

/**
 * Creates a package for the caller's organization from uploaded files, with its signers, one
 * revision per document and signer, links when asked, invitations when it opens at once, and
 * its audit event, all in one transaction. Returns the new package's id.
 */
export async function addPackage(
  db: Kysely<Database>,
  input: TAddPackageRequest,
  context: { caller: ApiCaller; secret: string; now: Date } & RequestMetadata,
): Promise<string> {
  checkPackageRules(input, 'add', context.now);

  const packageId = randomUUID();
  const createdAt = toInstant(context.now);
  const { organizationId, memberId } = context.caller;

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('packages')
      .values({
        id: packageId,
        organization_id: organizationId,
        member_id: memberId,
        name: input.name,
        type: input.type,
        state: input.state,
        time_sign_by: input.timeSignBy ?? null,
        time_zone: input.timeZone ?? null,
        locale: input.locale ?? null,
        external_data: input.externalData ? JSON.stringify(input.externalData) : null,
        generate_signer_links: input.generateSignerLinks ? 1 : 0,
        meeting_time_start: input.meeting?.timeStart ?? null,
        meeting_duration: input.meeting?.duration ?? null,
        meeting_is_private: input.meeting?.isPrivate ? 1 : 0,
        rescind_message: null,
        declined_by_signer_id: null,
        decline_reason: null,
        created_at: createdAt,
        updated_at: createdAt,
        sent_at: input.state === 'open' ? createdAt : null,
        executed_at: null,
      })
      .execute();

    const target = { organizationId, packageId, createdAt, now: context.now };
    await insertDocumentsFromUploads(trx, target, input.documents);
    const signerIds = await insertSigners(trx, target, input.signers);
    await insertMissingRevisions(trx, packageId);

    const opened = {
      id: packageId,
      organizationId,
      name: input.name,
      type: input.type,
      state: input.state,
      timeSignBy: input.timeSignBy ?? null,
      meetingTimeStart: input.meeting?.timeStart ?? null,
    };

    if (input.generateSignerLinks) {
      const timeExpires = linkExpiry(opened, context.now, DEFAULT_LINK_LIFETIME_DAYS);

      for (const signerId of signerIds) {
        await issueSigningLink(trx, {
          packageId,
          signerId,
          ...context,
          timeExpires,
          issuedAt: context.now,
        });
      }
    }

    if (input.state === 'open') await inviteSigners(trx, opened, context);

    await recordAuditEvent(trx, {
      organizationId,
      packageId,
      memberId,
      action: 'package_created',
      occurredAt: createdAt,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      details: { type: input.type, state: input.state, via: 'api' },
    });

    await recordWebhookEvent(trx, { action: 'package_add', packageId, at: createdAt });
    if (input.state === 'open') {
      await recordWebhookEvent(trx, { action: 'package_send', packageId, at: createdAt });
    }
  });

  return packageId;
}
