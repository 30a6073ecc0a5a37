import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';

import { SignerFrame } from '@/components/signer/signer-frame';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { mayDecline } from '@/lib/domain/signing-rules';
import { DECLINE_FORM_MESSAGES } from '@/lib/signing/decline-input';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { knownSignatureProblem } from '@/lib/signing/signature-input';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Decline to sign',
  robots: { index: false, follow: false },
};

interface DeclinePageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ problem?: string }>;
}

/** GET /sign/{token}/decline – asks a signer to confirm that they decline, and why. */
export default async function DeclinePage({ params, searchParams }: DeclinePageProps) {
  const [{ token }, { problem }] = await Promise.all([params, searchParams]);
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);

  if (!link) notFound();
  if (!mayDecline(link, now())) redirect(`/sign/${token}`);

  const notice = knownSignatureProblem(problem, Object.values(DECLINE_FORM_MESSAGES));

  return (
    <SignerFrame organizationName={link.organizationName}>
      <form
        method="post"
        action={`/sign/${encodeURIComponent(token)}/decline/confirm`}
        className="space-y-4"
      >
        <h1 className="text-2xl font-semibold">Decline to sign “{link.packageName}”?</h1>
        <p>
          Declining cancels this signing request for everyone. Nobody will be able to sign it, and{' '}
          {link.organizationName} and the other signers will see your reason. Anything already
          signed is kept.
        </p>
        {notice ? (
          <p role="alert" className="font-medium text-rose-800 dark:text-rose-300">
            {notice}
          </p>
        ) : null}
        <div className="space-y-2">
          <label htmlFor="reason" className="block text-sm font-medium">
            Reason (optional)
          </label>
          <textarea
            id="reason"
            name="reason"
            rows={4}
            maxLength={1000}
            className="block w-full rounded-lg border border-slate-400 bg-white p-3 text-base dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div className="flex flex-col gap-3 sm:flex-row">
          <button
            type="submit"
            className="min-h-12 rounded-lg bg-rose-700 px-4 font-semibold text-white hover:bg-rose-800"
          >
            Decline to sign
          </button>
          <a
            href={`/sign/${token}`}
            className="inline-flex min-h-12 items-center justify-center rounded-lg border border-slate-300 px-4 font-medium dark:border-slate-700"
          >
            Go back
          </a>
        </div>
      </form>
    </SignerFrame>
  );
}
