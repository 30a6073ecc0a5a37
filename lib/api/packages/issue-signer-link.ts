import type { z } from 'zod';

import { publicUrl } from '@/lib/config/public-url';
import { serverSecret } from '@/lib/config/server-secret';
import { linkExpiry } from '@/lib/domain/deadlines';
import { CHANGE_FROM_STATES } from '@/lib/domain/package-states';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';

import { notFound } from '../api-error';
import { formatApiInstant } from '../api-time';
import type { ZIssuedLink } from '../schemas/package-output';
import { changePackage, type PackageChangeContext } from './change-package';

/**
 * `link/sign/{signerId}`: a fresh signing link for one signer of a package; their earlier
 * links stop working at once. The link lives its own lifetime, never past the deadline.
 */
export async function issueSignerLink(
  context: PackageChangeContext,
  packageId: string,
  signerId: string,
): Promise<z.output<typeof ZIssuedLink>> {
  return changePackage(
    context,
    packageId,
    { action: 'link_issued', allowed: CHANGE_FROM_STATES.issueLink, verb: 'given new links' },
    async ({ trx, pkg }) => {
      const signer = await trx
        .selectFrom('signers')
        .select('id')
        .where('id', '=', signerId)
        .where('package_id', '=', pkg.id)
        .executeTakeFirst();
      if (!signer) throw notFound('signer', signerId);

      const timeExpires = linkExpiry(
        {
          type: pkg.type,
          state: pkg.state,
          timeSignBy: pkg.time_sign_by,
          meetingTimeStart: pkg.meeting_time_start,
        },
        context.now,
        DEFAULT_LINK_LIFETIME_DAYS,
      );
      const issued = await issueSigningLink(trx, {
        packageId: pkg.id,
        signerId,
        secret: serverSecret(),
        timeExpires,
        issuedAt: context.now,
      });

      return {
        result: {
          packageId: pkg.id,
          name: pkg.name,
          link: `${publicUrl()}/sign/${issued.token}`,
          type: 'package_sign' as const,
          token: issued.token,
          timeExpires: formatApiInstant(issued.timeExpires),
        },
        details: { signerId, linkId: issued.linkId },
      };
    },
  );
}
