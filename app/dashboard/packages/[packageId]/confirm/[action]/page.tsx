import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import type { OwnerClock } from '@/components/dashboard/owner-clock';
import { OwnerWhen } from '@/components/dashboard/owner-when';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { loadOwnerPackage, type OwnerPackageView } from '@/lib/dashboard/load-owner-package';
import {
  EXTEND_DAYS,
  isOwnerAction,
  isSignerAction,
  ownerActionPaths,
  packageActionsNow,
  RESCIND_MESSAGE_MAX_LENGTH,
  signerActionsNow,
  type OwnerAction,
} from '@/lib/dashboard/owner-actions';
import { getPortalDatabase } from '@/lib/db';
import { effectivePackageState, extendedDeadline, packageDeadline } from '@/lib/domain/deadlines';
import { signerName } from '@/lib/domain/signer-view';
import { REMINDER_QUIET_HOURS } from '@/lib/notifications/remind-signer';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Confirm' };

interface ConfirmPageProps {
  params: Promise<{ packageId: string; action: string }>;
  searchParams: Promise<{ signer?: string | string[] }>;
}

const BUTTON =
  'flex min-h-12 w-full items-center justify-center rounded-lg px-6 text-base font-semibold sm:w-auto';
const PRIMARY = `${BUTTON} bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-600`;
const DANGER = `${BUTTON} bg-rose-700 text-white hover:bg-rose-800`;
const SECONDARY = `${BUTTON} border border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`;

/**
 * GET /dashboard/packages/{packageId}/confirm/{action}[?signer=…] – says what an owner action
 * will do and asks for a yes, as a plain form, so it works on any screen, with the keyboard
 * and without scripts. The action is posted only from here.
 */
export default async function ConfirmActionPage({ params, searchParams }: ConfirmPageProps) {
  const [{ packageId, action }, query, member, { db }, viewer] = await Promise.all([
    params,
    searchParams,
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
  ]);
  if (!isOwnerAction(action)) notFound();

  const view = await loadOwnerPackage(db, member.organizationId, packageId);
  if (!view) notFound();

  const signerId = typeof query.signer === 'string' ? query.signer : undefined;
  const signer = signerId ? view.signers.find((each) => each.signerId === signerId) : undefined;
  if (isSignerAction(action) && !signer) notFound();

  const now = clockNow();
  const clock: OwnerClock = { now, viewer, profileTimeZone: member.timeZone };
  const back = ownerActionPaths.package(view.packageId);
  const applies = signer
    ? (signerActionsNow(view, signer.signerId, now) as OwnerAction[]).includes(action)
    : (packageActionsNow(view.package, now) as OwnerAction[]).includes(action);

  if (!applies) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold break-words">This action does not apply now</h1>
        <p>
          “<bdi>{view.name}</bdi>” is not in a state where this can be done. Nothing was changed.
        </p>
        <Link href={back} className={SECONDARY}>
          Back to the package
        </Link>
      </div>
    );
  }

  const copy = confirmCopy(action, view, signer, clock);

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <Link href={back} className="inline-flex min-h-11 items-center text-sm underline">
        Back to “<bdi>{view.name}</bdi>”
      </Link>
      <h1 className="text-2xl font-semibold break-words">{copy.title}</h1>
      <div className="space-y-3">{copy.body}</div>
      <form
        method="post"
        action={ownerActionPaths.post(view.packageId, action)}
        className="space-y-5"
      >
        {signer ? <input type="hidden" name="signerId" value={signer.signerId} /> : null}
        {action === 'rescind' ? <RescindFields /> : null}
        <div className="flex flex-col gap-3 sm:flex-row">
          <button type="submit" className={copy.danger ? DANGER : PRIMARY}>
            {copy.confirm}
          </button>
          <Link href={back} className={SECONDARY}>
            {copy.keep}
          </Link>
        </div>
      </form>
    </div>
  );
}

function RescindFields() {
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="rescind-message" className="block font-medium">
          Message to the signers (optional)
        </label>
        <p id="rescind-message-hint" className="text-sm text-slate-700 dark:text-slate-300">
          Shown on the package and in the email, up to{' '}
          {RESCIND_MESSAGE_MAX_LENGTH.toLocaleString('en')} characters.
        </p>
        <textarea
          id="rescind-message"
          name="rescindMessage"
          rows={4}
          maxLength={RESCIND_MESSAGE_MAX_LENGTH}
          aria-describedby="rescind-message-hint"
          className="block w-full rounded-lg border border-slate-400 bg-white p-3 text-base dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div className="flex items-start gap-3">
        <input
          id="rescind-notify"
          type="checkbox"
          name="notify"
          value="yes"
          defaultChecked
          className="mt-1 size-5 shrink-0"
        />
        <label htmlFor="rescind-notify">Email the signers that it is cancelled</label>
      </div>
    </>
  );
}

interface ConfirmCopy {
  title: React.ReactNode;
  body: React.ReactNode;
  confirm: string;
  keep: string;
  danger?: boolean;
}

/** What each action will do, in the owner's words. */
function confirmCopy(
  action: OwnerAction,
  view: OwnerPackageView,
  signer: OwnerPackageView['signers'][number] | undefined,
  clock: OwnerClock,
): ConfirmCopy {
  const name = <bdi>{view.name}</bdi>;
  const who = signer ? <bdi>{signerName(signer)}</bdi> : null;

  switch (action) {
    case 'send':
      return {
        title: <>Send “{name}” for signature?</>,
        body: (
          <>
            <p>Each signer will get an email with their own signing link:</p>
            <ul className="list-disc space-y-1 pl-6">
              {view.signers.map((each) => (
                <li key={each.signerId} className="break-words">
                  <bdi>{signerName(each)}</bdi> <span className="break-all">({each.email})</span>
                </li>
              ))}
            </ul>
          </>
        ),
        confirm: 'Send for signature',
        keep: 'Not now',
      };

    case 'remind':
      return {
        title: <>Remind {who} now?</>,
        body: (
          <>
            <p>
              {who} will get an email at <span className="break-all">{signer!.email}</span> with
              their signing link.
            </p>
            <p>
              {signer!.lastNotifiedAt ? (
                <>
                  Last emailed <OwnerWhen iso={signer!.lastNotifiedAt} clock={clock} />.{' '}
                </>
              ) : (
                'Not emailed yet. '
              )}
              A signer is emailed at most once in {REMINDER_QUIET_HOURS} hours.
            </p>
          </>
        ),
        confirm: 'Send reminder',
        keep: 'Not now',
      };

    case 'new-link':
      return {
        title: <>Issue a new signing link for {who}?</>,
        body: (
          <>
            <p>Their current link stops working at once.</p>
            <p>
              The new link is shown to you once, to copy and pass on to {who} yourself; it is not
              emailed.
            </p>
          </>
        ),
        confirm: 'Issue new link',
        keep: 'Keep the current link',
      };

    case 'extend': {
      const state = effectivePackageState(view.package, clock.now);
      const deadline = packageDeadline(view.package);
      const next = extendedDeadline(view.package.timeSignBy, EXTEND_DAYS, clock.now);

      return {
        title: <>Extend the deadline by {EXTEND_DAYS} days?</>,
        body: (
          <>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-medium text-slate-600 dark:text-slate-400">Now</dt>
              <dd className="mb-2 sm:mb-0">
                {deadline ? <OwnerWhen iso={deadline.toISOString()} clock={clock} /> : 'None'}
              </dd>
              <dt className="font-medium text-slate-600 dark:text-slate-400">New deadline</dt>
              <dd>
                <OwnerWhen iso={next.toISOString()} clock={clock} />
              </dd>
            </dl>
            {state === 'expired' ? (
              <p>The package has expired; it opens again, and its signers can sign until then.</p>
            ) : (
              <p>Signing links that would end sooner work until the new deadline.</p>
            )}
          </>
        ),
        confirm: 'Extend deadline',
        keep: 'Not now',
      };
    }

    case 'rescind':
      return {
        title: <>Cancel “{name}”?</>,
        body: (
          <p>
            Its signers can no longer sign it; their links show that it was cancelled. This cannot
            be undone.
          </p>
        ),
        confirm: 'Cancel the package',
        keep: 'Keep it',
        danger: true,
      };

    case 'delete':
      return {
        title: <>Delete “{name}”?</>,
        body: (
          <p>
            The package, its documents, its signing links and its progress are removed for good.
            This cannot be undone.
          </p>
        ),
        confirm: 'Delete the package',
        keep: 'Keep it',
        danger: true,
      };
  }
}
