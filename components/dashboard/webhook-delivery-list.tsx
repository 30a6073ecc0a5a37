import Link from 'next/link';

import { AlertIcon, ClockIcon } from '@/components/signer/icons';
import type { WebhookDeliveryEntry } from '@/lib/dashboard/list-webhook-deliveries';

import type { OwnerClock } from './owner-clock';
import { OwnerTime } from './owner-time';
import { OwnerWhen } from './owner-when';

/** What each event of the package API's webhooks means, in words. */
const ACTION_LABELS: Record<string, string> = {
  package_add: 'Package added',
  package_update: 'Package updated',
  package_send: 'Package sent',
  document_signed: 'Document signed',
  document_executed: 'Document fully signed',
  package_executed: 'Package fully signed',
  package_decline: 'Package declined by a signer',
  package_rescind: 'Package cancelled',
  package_expired: 'Package expired',
};

interface WebhookDeliveryListProps {
  label: string;
  entries: WebhookDeliveryEntry[];
  clock: OwnerClock;
}

/** Events that have not reached their endpoint, each with what went wrong and what is next. */
export function WebhookDeliveryList({ label, entries, clock }: WebhookDeliveryListProps) {
  const time = (iso: string) => (
    <OwnerTime
      iso={iso}
      profileTimeZone={clock.profileTimeZone}
      serverTimeZone={clock.viewer.timeZone}
      locale={clock.viewer.locale}
    />
  );

  return (
    <ol aria-label={label} className="space-y-3">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="flex items-start gap-2">
            {entry.failedAt ? (
              <AlertIcon className="mt-0.5 size-5 text-red-700 dark:text-red-400" />
            ) : (
              <ClockIcon className="mt-0.5 size-5 text-slate-600 dark:text-slate-400" />
            )}
            <div className="min-w-0">
              <h3 className="font-semibold">
                {entry.failedAt ? 'Failed: ' : 'Waiting: '}
                {ACTION_LABELS[entry.action] ?? 'Unknown event'}
              </h3>
              <p className="text-sm break-words text-slate-700 dark:text-slate-300">
                <code>{entry.action}</code> of{' '}
                {entry.packageId && entry.packageName ? (
                  <Link
                    href={`/dashboard/packages/${entry.packageId}`}
                    className="underline underline-offset-2"
                  >
                    <bdi>{entry.packageName}</bdi>
                  </Link>
                ) : (
                  'a package since deleted'
                )}
              </p>
            </div>
          </div>

          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600 dark:text-slate-400">Endpoint</dt>
            <dd className="min-w-0 break-all">
              <bdi>{entry.endpointName}</bdi> · {entry.endpointUrl}
            </dd>

            <dt className="font-medium text-slate-600 dark:text-slate-400">Event</dt>
            <dd>{time(entry.createdAt)}</dd>

            <dt className="font-medium text-slate-600 dark:text-slate-400">Attempts</dt>
            <dd>
              {entry.attempts}
              {entry.lastAttemptAt ? <>, the last at {time(entry.lastAttemptAt)}</> : null}
            </dd>

            <dt className="font-medium text-slate-600 dark:text-slate-400">Last error</dt>
            <dd className="break-words">{entry.lastError ?? 'Not tried yet'}</dd>

            <dt className="font-medium text-slate-600 dark:text-slate-400">
              {entry.failedAt ? 'Given up' : 'Next attempt'}
            </dt>
            <dd>
              {entry.failedAt ? (
                time(entry.failedAt)
              ) : (
                <OwnerWhen iso={entry.availableAt} clock={clock} />
              )}
            </dd>

            <dt className="font-medium text-slate-600 dark:text-slate-400">Event id</dt>
            <dd className="font-mono text-xs break-all">{entry.eventId}</dd>
          </dl>

          {entry.failedAt ? (
            <form method="post" action="/dashboard/webhooks/resend">
              <input type="hidden" name="deliveryId" value={entry.id} />
              <button
                type="submit"
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Send again
                <span className="sr-only">: {ACTION_LABELS[entry.action] ?? entry.action}</span>
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
