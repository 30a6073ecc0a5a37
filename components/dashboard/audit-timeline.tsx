import type { AuditTrailEntry } from '@/lib/dashboard/load-owner-package';
import { auditActionLabel } from '@/lib/dashboard/audit-action-label';

import type { OwnerClock } from './owner-clock';
import { OwnerTime } from './owner-time';

interface AuditTimelineProps {
  entries: Omit<AuditTrailEntry, 'userAgent'>[];
  /** Signers' names by id, to say who did what. */
  signerNames: Map<string, string>;
  clock: OwnerClock;
}

/** Actions an owner takes for one signer, with the word that names that signer. */
const FOR_SIGNER: Record<string, string> = { reminder_sent: 'to', link_issued: 'for' };

/** Every recorded event of the package, oldest first: what, who, when and from where. */
export function AuditTimeline({ entries, signerNames, clock }: AuditTimelineProps) {
  if (entries.length === 0) return <p>Nothing has been recorded for this package yet.</p>;

  return (
    <ol className="space-y-0 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {entries.map((entry) => {
        const signer = entry.signerId ? (signerNames.get(entry.signerId) ?? null) : null;
        // An owner's action for a signer names both: "Reminder sent to Ana by Olivia".
        const forSigner = FOR_SIGNER[entry.action];
        const who = forSigner ? entry.memberName : (signer ?? entry.memberName ?? null);

        return (
          <li key={entry.id} className="relative pb-4 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-slate-400 dark:bg-slate-500"
            />
            <p className="font-medium">
              {auditActionLabel(entry.action)}
              {forSigner && signer ? (
                <>
                  {' '}
                  <span className="font-normal">
                    {forSigner} <bdi>{signer}</bdi>
                  </span>
                </>
              ) : null}
              {who ? (
                <>
                  {' '}
                  <span className="font-normal">
                    by <bdi>{who}</bdi>
                  </span>
                </>
              ) : null}
            </p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <OwnerTime
                iso={entry.occurredAt}
                profileTimeZone={clock.profileTimeZone}
                serverTimeZone={clock.viewer.timeZone}
                locale={clock.viewer.locale}
              />
              {entry.ipAddress ? <span className="break-all"> · IP {entry.ipAddress}</span> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
