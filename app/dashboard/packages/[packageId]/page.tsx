import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ActionOutcome } from '@/components/dashboard/action-outcome';
import { AttentionMarks } from '@/components/dashboard/attention-marks';
import { DownloadIcon } from '@/components/dashboard/icons';
import type { OwnerClock } from '@/components/dashboard/owner-clock';
import {
  LivePackageActivity,
  LivePackageProgress,
  LivePackageState,
} from '@/components/dashboard/live-package-progress';
import { OwnerWhen } from '@/components/dashboard/owner-when';
import { PackageActions, SignerActions } from '@/components/dashboard/package-actions';
import { PeopleIcon } from '@/components/signer/icons';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { loadOwnerPackage, type OwnerPackageView } from '@/lib/dashboard/load-owner-package';
import {
  isOwnerNotice,
  isOwnerProblem,
  packageActionsNow,
  signerActionsNow,
} from '@/lib/dashboard/owner-actions';
import { packageLiveView } from '@/lib/dashboard/package-live-view';
import { getPortalDatabase } from '@/lib/db';
import { isPackageType, PACKAGE_TYPE_LABELS } from '@/lib/domain/package-types';
import { signerName } from '@/lib/domain/signer-view';
import { isDocumentExecuted } from '@/lib/domain/turns';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Package' };

interface PackagePageProps {
  params: Promise<{ packageId: string }>;
  searchParams: Promise<{ notice?: string; problem?: string; signer?: string }>;
}

/** GET /dashboard/packages/{packageId} – one package, document by document, signer by signer. */
export default async function PackagePage({ params, searchParams }: PackagePageProps) {
  const [{ packageId }, outcome, member, { db }, viewer] = await Promise.all([
    params,
    searchParams,
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
  ]);
  const view = await loadOwnerPackage(db, member.organizationId, packageId);

  if (!view) notFound();

  const now = clockNow();
  const clock: OwnerClock = { now, viewer, profileTimeZone: member.timeZone };
  const live = packageLiveView(view, now);
  const liveProps = {
    packageId: view.packageId,
    initial: live,
    viewer,
    profileTimeZone: member.timeZone,
  };
  const { progress } = live;
  const type = isPackageType(view.package.type) ? PACKAGE_TYPE_LABELS[view.package.type] : null;
  const inPerson = view.package.type === 'Live Session';
  const base = `/dashboard/packages/${encodeURIComponent(view.packageId)}`;
  const actions = packageActionsNow(view.package, now);
  const outcomeSigner = view.signers.find((signer) => signer.signerId === outcome.signer);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Link href="/dashboard" className="inline-flex min-h-11 items-center text-sm underline">
          All packages
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="min-w-0 text-2xl font-semibold break-words">{view.name}</h1>
          <LivePackageState {...liveProps} />
        </div>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600 dark:text-slate-400">Type</dt>
          <dd className="mb-2 sm:mb-0">
            {type ? `${type.label}: ${type.description}` : 'Unknown'}
          </dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Sign by</dt>
          <dd className="mb-2 sm:mb-0">
            {progress.deadline ? (
              <OwnerWhen iso={progress.deadline} clock={clock} />
            ) : (
              'No deadline'
            )}
          </dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Created</dt>
          <dd>
            <OwnerWhen iso={view.createdAt} clock={clock} />
            {view.senderName ? (
              <>
                {' '}
                by <bdi>{view.senderName}</bdi>
              </>
            ) : null}
          </dd>
        </dl>
        <AttentionMarks overdue={progress.overdue} expiredLinks={progress.expiredLinks} />
        <ActionOutcome
          notice={isOwnerNotice(outcome.notice) ? outcome.notice : null}
          problem={isOwnerProblem(outcome.problem) ? outcome.problem : null}
          signer={
            outcomeSigner
              ? { name: signerName(outcomeSigner), lastNotifiedAt: outcomeSigner.lastNotifiedAt }
              : null
          }
          clock={clock}
        />
        {view.rescindMessage || view.declineReason ? (
          <blockquote className="border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">
            {view.declineReason ?? view.rescindMessage}
          </blockquote>
        ) : null}
      </div>

      {actions.length > 0 ? (
        <section aria-labelledby="actions-title" className="space-y-2">
          <h2 id="actions-title" className="sr-only">
            Actions
          </h2>
          <PackageActions packageId={view.packageId} actions={actions} />
        </section>
      ) : null}

      {inPerson ? (
        <section aria-labelledby="in-person-title" className="space-y-2">
          <h2 id="in-person-title" className="sr-only">
            In-person signing
          </h2>
          {progress.state === 'open' ? (
            <Link
              href={`${base}/in-person`}
              className="flex min-h-12 w-full items-center justify-center gap-2 rounded-lg bg-blue-700 px-6 text-base font-semibold text-white hover:bg-blue-800 sm:inline-flex sm:w-auto dark:bg-blue-600"
            >
              <PeopleIcon className="size-5" />
              Start in-person signing
            </Link>
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              In-person signing can start only while the package is out for signature.
            </p>
          )}
        </section>
      ) : null}

      <LivePackageProgress
        {...liveProps}
        signerActions={Object.fromEntries(
          view.signers.map((signer) => [
            signer.signerId,
            <SignerActions
              key={signer.signerId}
              packageId={view.packageId}
              signerId={signer.signerId}
              signerName={signerName(signer)}
              actions={signerActionsNow(view, signer.signerId, now)}
            />,
          ]),
        )}
      />

      <section aria-labelledby="documents-title" className="space-y-3">
        <h2 id="documents-title" className="text-lg font-semibold">
          Documents
        </h2>
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {view.documents.map((document) => (
            <li
              key={document.documentId}
              className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center"
            >
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{document.name}</p>
                <p className="text-sm break-all text-slate-700 dark:text-slate-300">
                  {document.fileName}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {signedCopies(view, document.documentId).map((copy) => (
                  <a
                    key={copy.href}
                    href={`${base}/documents/${encodeURIComponent(document.documentId)}${copy.href}`}
                    aria-label={`Download signed PDF: ${document.name}${copy.of}`}
                    className={DOWNLOAD_LINK}
                  >
                    <DownloadIcon className="size-4" />
                    Signed PDF{copy.of}
                  </a>
                ))}
                <a
                  href={`${base}/documents/${encodeURIComponent(document.documentId)}/original`}
                  aria-label={`Download original PDF: ${document.name}`}
                  className={DOWNLOAD_LINK}
                >
                  <DownloadIcon className="size-4" />
                  Original PDF
                </a>
              </div>
            </li>
          ))}
        </ul>
        {progress.state === 'executed' ? (
          <a href={`${base}/certificate`} className={DOWNLOAD_LINK}>
            <DownloadIcon className="size-4" />
            Certificate of completion
          </a>
        ) : null}
      </section>

      <LivePackageActivity {...liveProps} />
    </div>
  );
}

const DOWNLOAD_LINK =
  'inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg border border-slate-300 ' +
  'px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800';

/**
 * The signed copies of a document there are to download: the document once every signer has
 * signed it, or in a Group Send each signer's own copy as soon as they have signed it.
 */
function signedCopies(view: OwnerPackageView, documentId: string) {
  const revisions = view.revisions.filter((revision) => revision.documentId === documentId);

  if (view.package.type === 'Counterpart') {
    return revisions
      .filter((revision) => revision.signedAt)
      .map((revision) => {
        const signer = view.signers.find((candidate) => candidate.signerId === revision.signerId);

        return {
          href: `/signed?signer=${encodeURIComponent(revision.signerId)}`,
          of: signer ? `, ${signerName(signer)}` : '',
        };
      });
  }

  return isDocumentExecuted(revisions) ? [{ href: '/signed', of: '' }] : [];
}
