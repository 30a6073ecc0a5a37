import type { Kysely } from 'kysely';

import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { effectivePackageState } from '@/lib/domain/deadlines';
import type { Database, PackageTable } from '@/lib/db/schema';

import { notFound, wrongState } from '../api-error';
import type { ApiContext } from '../api-route';

/**
 * Who changes a package, from where: an API request's context, or a dashboard member's form
 * post. `via` names the way in for the audit trail (`api` when not given).
 */
export interface PackageChangeContext extends Pick<ApiContext, 'db' | 'metadata' | 'now'> {
  caller: { organizationId: string; memberId: string | null };
  via?: 'api' | 'dashboard';
}

/** What a change to a package may see and do inside its transaction. */
export interface PackageChange {
  trx: Kysely<Database>;
  pkg: PackageTable;
  /** The state as readers see it now: an open package past its deadline is `expired`. */
  state: string;
  at: string;
}

/**
 * Runs one change to a package of the caller's organization in a transaction: locks the
 * package, refuses with 409 when its state is not one of `allowed`, applies the change and
 * records `action` in the audit trail. Another organization's package is not found.
 */
export async function changePackage<T>(
  context: PackageChangeContext,
  packageId: string,
  change: { action: string; allowed: readonly string[]; verb: string },
  apply: (current: PackageChange) => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  const at = toInstant(context.now);

  return context.db.transaction().execute(async (trx) => {
    // Writing the row first takes its lock on PostgreSQL and the write lock on SQLite, so two
    // changes to one package run one after the other.
    const locked = await trx
      .updateTable('packages')
      .set({ updated_at: at })
      .where('id', '=', packageId)
      .where('organization_id', '=', context.caller.organizationId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) throw notFound('package', packageId);

    const pkg = await trx
      .selectFrom('packages')
      .selectAll()
      .where('id', '=', packageId)
      .executeTakeFirstOrThrow();
    const state = effectivePackageState(
      {
        type: pkg.type,
        state: pkg.state,
        timeSignBy: pkg.time_sign_by,
        meetingTimeStart: pkg.meeting_time_start,
      },
      context.now,
    );

    if (!change.allowed.includes(state)) {
      throw wrongState(
        'package',
        `A package that is ${state} cannot be ${change.verb}; this needs a package that is ${change.allowed.join(' or ')}.`,
      );
    }

    const { result, details } = await apply({ trx, pkg, state, at });

    await recordAuditEvent(trx, {
      organizationId: pkg.organization_id,
      packageId: details?.deleted ? null : pkg.id,
      signerId: typeof details?.signerId === 'string' ? details.signerId : null,
      memberId: context.caller.memberId,
      action: change.action,
      occurredAt: at,
      ipAddress: context.metadata.ipAddress,
      userAgent: context.metadata.userAgent,
      details: { ...details, packageId: pkg.id, via: context.via ?? 'api' },
    });

    return result;
  });
}
