import type { Kysely } from 'kysely';

import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { packageDeadline } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';
import { TEMPORARY_FILE_LIFETIME_HOURS } from '@/lib/files/store-temporary-file';
import { pastDeadline } from '@/lib/packages/past-deadline';

/** A package still being put together (`select`, `add`) is deleted this long after creation. */
export const UNFINISHED_PACKAGE_LIFETIME_HOURS = 24;

const UNFINISHED_STATES = ['select', 'add'];

export interface SweepResult {
  /** Open packages written down as expired. */
  expired: number;
  /** Unfinished packages deleted. */
  purgedPackages: number;
  /** Uploads no package took, deleted. */
  purgedFiles: number;
}

/**
 * Applies the package lifecycle at `now` and writes it down: an open package past its
 * deadline becomes `expired` (with an audit event), a `select` or `add` package older than
 * 24 hours is deleted, and so is an upload no package took within 24 hours. Reads already
 * show expiry; the sweep makes it last and frees the space.
 *
 * Each change is its own conditional statement, so two instances sweeping at once, or a
 * package extended or sent at the same moment, change each package once or not at all.
 */
export async function sweepPackages(db: Kysely<Database>, now: Date): Promise<SweepResult> {
  return {
    expired: await expireOpenPackages(db, now),
    purgedPackages: await purgeUnfinishedPackages(db, now),
    purgedFiles: await purgeUnusedUploads(db, now),
  };
}

async function expireOpenPackages(db: Kysely<Database>, now: Date): Promise<number> {
  const due = await db
    .selectFrom('packages')
    .select(['id', 'organization_id', 'type', 'time_sign_by', 'meeting_time_start'])
    .where('state', '=', 'open')
    .where((eb) => pastDeadline(eb, now))
    .execute();
  let expired = 0;

  for (const pkg of due) {
    const changed = await db.transaction().execute(async (trx) => {
      const at = toInstant(now);
      const result = await trx
        .updateTable('packages')
        .set({ state: 'expired', updated_at: at })
        .where('id', '=', pkg.id)
        .where('state', '=', 'open')
        .where((eb) => pastDeadline(eb, now))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;

      const deadline = packageDeadline({
        type: pkg.type,
        state: 'open',
        timeSignBy: pkg.time_sign_by,
        meetingTimeStart: pkg.meeting_time_start,
      });
      await recordAuditEvent(trx, {
        organizationId: pkg.organization_id,
        packageId: pkg.id,
        action: 'package_expired',
        occurredAt: at,
        details: { deadline: deadline && toInstant(deadline), via: 'sweep' },
      });

      return true;
    });

    if (changed) expired += 1;
  }

  return expired;
}

async function purgeUnfinishedPackages(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = hoursBefore(now, UNFINISHED_PACKAGE_LIFETIME_HOURS);
  const due = await db
    .selectFrom('packages')
    .select(['id', 'organization_id', 'name', 'state'])
    .where('state', 'in', UNFINISHED_STATES)
    .where('created_at', '<', cutoff)
    .execute();
  let purged = 0;

  for (const pkg of due) {
    const deleted = await db.transaction().execute(async (trx) => {
      const files = await trx
        .selectFrom('documents')
        .select('file_id')
        .where('package_id', '=', pkg.id)
        .execute();
      const result = await trx
        .deleteFrom('packages')
        .where('id', '=', pkg.id)
        .where('state', 'in', UNFINISHED_STATES)
        .where('created_at', '<', cutoff)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;

      if (files.length > 0) {
        await trx
          .deleteFrom('files')
          .where(
            'id',
            'in',
            files.map((file) => file.file_id),
          )
          .where('kind', '=', 'original')
          .execute();
      }
      await recordAuditEvent(trx, {
        organizationId: pkg.organization_id,
        action: 'package_purged',
        occurredAt: toInstant(now),
        details: { packageId: pkg.id, name: pkg.name, state: pkg.state, via: 'sweep' },
      });

      return true;
    });

    if (deleted) purged += 1;
  }

  return purged;
}

async function purgeUnusedUploads(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('files')
    .where('kind', '=', 'temporary')
    .where('created_at', '<=', hoursBefore(now, TEMPORARY_FILE_LIFETIME_HOURS))
    .executeTakeFirst();

  return Number(result.numDeletedRows);
}

function hoursBefore(now: Date, hours: number): string {
  return toInstant(new Date(now.getTime() - hours * 3600_000));
}
