import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { CopyLink } from '@/components/dashboard/copy-link';
import type { OwnerClock } from '@/components/dashboard/owner-clock';
import { OwnerWhen } from '@/components/dashboard/owner-when';
import { requireMember } from '@/lib/auth/require-member';
import { now as clockNow } from '@/lib/clock';
import { ISSUED_LINK_COOKIE, openIssuedLink } from '@/lib/dashboard/issued-link-cookie';
import { loadOwnerPackage } from '@/lib/dashboard/load-owner-package';
import { ownerActionPaths } from '@/lib/dashboard/owner-actions';
import { getPortalDatabase } from '@/lib/db';
import { signerName } from '@/lib/domain/signer-view';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New signing link' };

interface NewLinkPageProps {
  params: Promise<{ packageId: string }>;
}

/**
 * GET /dashboard/packages/{packageId}/new-link – the signing link just issued, shown this once
 * to copy. Its token is not stored anywhere; "Done" forgets it in the browser too.
 */
export default async function NewLinkPage({ params }: NewLinkPageProps) {
  const [{ packageId }, member, { db }, viewer, jar] = await Promise.all([
    params,
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
    cookies(),
  ]);
  const view = await loadOwnerPackage(db, member.organizationId, packageId);
  if (!view) notFound();

  const back = ownerActionPaths.package(view.packageId);
  const note = openIssuedLink(jar.get(ISSUED_LINK_COOKIE)?.value);
  const signer = note ? view.signers.find((each) => each.signerId === note.signerId) : undefined;

  if (!note || !signer) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">No new link to show</h1>
        <p>
          A new signing link is shown only once, right after it is issued. To give a signer another
          one, issue a new link from the package page.
        </p>
        <Link
          href={back}
          className="flex min-h-12 w-full items-center justify-center rounded-lg border border-slate-300 px-6 font-semibold hover:bg-slate-50 sm:w-auto dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Back to the package
        </Link>
      </div>
    );
  }

  const clock: OwnerClock = { now: clockNow(), viewer, profileTimeZone: member.timeZone };
  const name = signerName(signer);

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold break-words">
        New signing link for <bdi>{name}</bdi>
      </h1>
      <p>
        Their earlier link no longer works. Copy this one now and pass it on to <bdi>{name}</bdi>:
        it is shown only this once and was not emailed.
      </p>
      <CopyLink link={note.link} label={`Signing link for ${name}`} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Works until <OwnerWhen iso={note.timeExpires} clock={clock} />.
      </p>
      <form method="post" action={ownerActionPaths.post(view.packageId, 'forget-link')}>
        <button
          type="submit"
          className="flex min-h-12 w-full items-center justify-center rounded-lg border border-slate-300 px-6 text-base font-semibold hover:bg-slate-50 sm:w-auto dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Done, back to the package
        </button>
      </form>
    </div>
  );
}
