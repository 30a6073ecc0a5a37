import type { Kysely } from 'kysely';

import { recordAuditEvent, type RequestMetadata } from '@/lib/audit/record-audit-event';
import { toInstant } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { effectivePackageState, isLinkExpired, linkExpiry } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';
import { enqueueMail, signingLinkPlaceholder } from '@/lib/mail/enqueue-mail';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';
import { formatInstantShort } from '@/lib/time/format-instant-short';

import { mailTime } from './package-notice';

/** A signer mailed within this many hours is not reminded again. */
export const REMINDER_QUIET_HOURS = 12;

/** Who asks for the reminder: a member of the organization, or the portal itself (null). */
export interface ReminderActor extends Partial<RequestMetadata> {
  memberId: string | null;
  /** Where the reminder was asked for, kept in the audit event: `dashboard`, `schedule`, … */
  via?: string;
}

export interface RemindSignerInput {
  organizationId: string;
  packageId: string;
  signerId: string;
  actor: ReminderActor;
  /** The deadline a scheduled reminder is about: named in the mail and kept in the audit. */
  deadline?: string;
}

export type RemindSignerRefusal =
  'not_found' | 'not_open' | 'signed_everything' | 'recently_notified';

export type RemindSignerResult =
  | { reminded: true; notifiedAt: string }
  | {
      reminded: false;
      reason: RemindSignerRefusal;
      message: string;
      /** When the signer was last mailed, for `recently_notified`. */
      lastNotifiedAt?: string;
    };

const MESSAGES: Record<Exclude<RemindSignerRefusal, 'recently_notified'>, string> = {
  not_found: 'There is no such signer in this package.',
  not_open: 'Only a package that is open for signing can send reminders.',
  signed_everything: 'This signer has signed everything already; there is nothing to remind.',
};

/**
 * Mails one signer of an open package a reminder with their signing link, unless they were
 * mailed in the last 12 hours or have nothing left to sign. A signer whose link has expired
 * or been retired gets a fresh one. Records `reminder_sent` in the package's audit trail.
 * Another organization's package or signer is `not_found`.
 */
export async function remindSigner(
  db: Kysely<Database>,
  input: RemindSignerInput,
  now: Date,
): Promise<RemindSignerResult> {
  const at = toInstant(now);
  const quietSince = toInstant(new Date(now.getTime() - REMINDER_QUIET_HOURS * 3600 * 1000));

  return db.transaction().execute(async (trx): Promise<RemindSignerResult> => {
    const found = await trx
      .selectFrom('signers as s')
      .innerJoin('packages as p', 'p.id', 's.package_id')
      .innerJoin('organizations as o', 'o.id', 'p.organization_id')
      .select([
        's.id',
        's.first_name',
        's.email',
        's.last_notified_at',
        'p.name',
        'p.type',
        'p.state',
        'p.time_sign_by',
        'p.meeting_time_start',
        'p.time_zone',
        'o.name as organizationName',
      ])
      .where('s.id', '=', input.signerId)
      .where('p.id', '=', input.packageId)
      .where('p.organization_id', '=', input.organizationId)
      .executeTakeFirst();
    if (!found) return refused('not_found');

    const clockFacts = {
      type: found.type,
      state: found.state,
      timeSignBy: found.time_sign_by,
      meetingTimeStart: found.meeting_time_start,
    };
    if (effectivePackageState(clockFacts, now) !== 'open') return refused('not_open');

    const unsigned = await trx
      .selectFrom('revisions')
      .select('id')
      .where('signer_id', '=', found.id)
      .where('signed_at', 'is', null)
      .executeTakeFirst();
    if (!unsigned) return refused('signed_everything');

    // Claims the reminder in one statement, so two at once cannot both pass the 12-hour rule.
    const claimed = await trx
      .updateTable('signers')
      .set({ last_notified_at: at })
      .where('id', '=', found.id)
      .where((eb) =>
        eb.or([eb('last_notified_at', 'is', null), eb('last_notified_at', '<=', quietSince)]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) {
      return {
        reminded: false,
        reason: 'recently_notified',
        lastNotifiedAt: found.last_notified_at ?? undefined,
        message:
          `This signer was notified less than ${REMINDER_QUIET_HOURS} hours ago; ` +
          'a reminder can be sent once that much time has passed.',
      };
    }

    const linkId = await workingLinkId(trx, input, clockFacts, now);

    const deadline = input.deadline
      ? { long: mailTime(input.deadline, found.time_zone), short: shortTime(input.deadline, found) }
      : null;

    await enqueueMail(
      trx,
      {
        organizationId: input.organizationId,
        recipient: found.email,
        subject: deadline
          ? `Reminder: please sign ${found.name} by ${deadline.short}`
          : `Reminder: please sign ${found.name}`,
        body: [
          `Hello ${found.first_name},`,
          '',
          `${found.organizationName} is still waiting for your signature on "${found.name}".`,
          ...(deadline
            ? ['', `It must be signed by ${deadline.long}; after that it can no longer be signed.`]
            : []),
          '',
          `Open your documents here: ${signingLinkPlaceholder(linkId)}`,
        ].join('\n'),
      },
      now,
    );

    await recordAuditEvent(trx, {
      organizationId: input.organizationId,
      packageId: input.packageId,
      signerId: found.id,
      memberId: input.actor.memberId,
      action: 'reminder_sent',
      occurredAt: at,
      ipAddress: input.actor.ipAddress,
      userAgent: input.actor.userAgent,
      details: {
        linkId,
        via: input.actor.via ?? 'dashboard',
        ...(input.deadline ? { deadline: input.deadline } : {}),
      },
    });

    return { reminded: true, notifiedAt: at };
  });
}

function shortTime(iso: string, pkg: { time_zone: string | null }): string {
  return formatInstantShort(iso, { timeZone: pkg.time_zone ?? 'UTC', locale: 'en-US' });
}

function refused(reason: Exclude<RemindSignerRefusal, 'recently_notified'>): RemindSignerResult {
  return { reminded: false, reason, message: MESSAGES[reason] };
}

/** The signer's current link when it still works; otherwise a new one, retiring the old. */
async function workingLinkId(
  trx: Kysely<Database>,
  input: RemindSignerInput,
  clockFacts: Parameters<typeof linkExpiry>[0],
  now: Date,
): Promise<string> {
  const current = await trx
    .selectFrom('signing_links')
    .select(['id', 'time_expires'])
    .where('signer_id', '=', input.signerId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (current && !isLinkExpired(current.time_expires, now)) return current.id;

  const issued = await issueSigningLink(trx, {
    packageId: input.packageId,
    signerId: input.signerId,
    secret: serverSecret(),
    timeExpires: linkExpiry(clockFacts, now, DEFAULT_LINK_LIFETIME_DAYS),
    issuedAt: now,
  });

  return issued.linkId;
}
