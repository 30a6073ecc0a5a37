import type { Kysely } from 'kysely';

import type { RequestMetadata } from '@/lib/audit/record-audit-event';
import type { ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import type { Database } from '@/lib/db/schema';
import { createPackage } from '@/lib/packages/create-package';

import type { TAddPackageRequest } from '../schemas/package-input';
import { checkPackageRules } from './check-package-rules';
import { inviteSigners } from './invite-signers';
import { uploadRefusal } from './upload-refusal';

/**
 * `packages/add`: creates a package for the caller's organization from its uploads, through
 * the one way packages are created (`createPackage`), and invites the signers in the same
 * transaction when it opens at once. Returns the new package's id.
 */
export async function addPackage(
  db: Kysely<Database>,
  input: TAddPackageRequest,
  context: {
    caller: ApiCaller;
    secret: string;
    now: Date;
    via?: 'api' | 'dashboard';
  } & RequestMetadata,
): Promise<string> {
  checkPackageRules(input, 'add', context.now);

  const { organizationId, memberId } = context.caller;
  const created = await createPackage(
    db,
    {
      organizationId,
      memberId,
      name: input.name,
      type: input.type,
      state: input.state,
      timeSignBy: input.timeSignBy,
      timeZone: input.timeZone,
      locale: input.locale,
      externalData: input.externalData,
      meeting: input.meeting,
      documents: input.documents,
      signers: input.signers,
      generateSignerLinks: input.generateSignerLinks,
    },
    {
      secret: context.secret,
      now: context.now,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
      auditDetails: { via: context.via ?? 'api' },
      afterCreate: async (trx, { packageId }) => {
        if (input.state !== 'open') return;

        await inviteSigners(
          trx,
          {
            id: packageId,
            organizationId,
            name: input.name,
            type: input.type,
            state: input.state,
            timeSignBy: input.timeSignBy ?? null,
            meetingTimeStart: input.meeting?.timeStart ?? null,
          },
          context,
        );
      },
    },
  ).catch(uploadRefusal);

  return created.packageId;
}
