import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ConsentForm } from '@/components/signer/consent-form';
import { handwritingFont } from '@/components/signer/handwriting-font';
import { PdfViewer } from '@/components/signer/pdf-viewer';
import { SignatureForm } from '@/components/signer/signature-form';
import { StatusPanel } from '@/components/signer/status-panel';
import { requireMember } from '@/lib/auth/require-member';
import { now } from '@/lib/clock';
import { serverSecret } from '@/lib/config/server-secret';
import { getPortalDatabase } from '@/lib/db';
import { IN_PERSON_REFUSAL_MESSAGES, loadInPersonTurn } from '@/lib/signing/in-person-session';
import { knownSignatureProblem } from '@/lib/signing/signature-input';
import { inPersonPaths } from '@/lib/signing/in-person-paths';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'In-person signing' };

interface InPersonPageProps {
  params: Promise<{ packageId: string }>;
  searchParams: Promise<{ problem?: string }>;
}

/** GET /dashboard/packages/{packageId}/in-person – signing in turn on the sender's device. */
export default async function InPersonPage({ params, searchParams }: InPersonPageProps) {
  const [{ packageId }, { problem }, member] = await Promise.all([
    params,
    searchParams,
    requireMember(),
  ]);
  const { db } = await getPortalDatabase();
  const turn = await loadInPersonTurn(db, member.organizationId, packageId, {
    secret: serverSecret(),
    now: now(),
  });

  if (turn.kind === 'not_available') notFound();

  const notice = knownSignatureProblem(problem, Object.values(IN_PERSON_REFUSAL_MESSAGES));

  const backToPackage = (
    <a href={`/dashboard/packages/${packageId}`} className="text-sm font-medium underline">
      Back to the package
    </a>
  );

  if (turn.kind === 'complete') {
    return (
      <div className="mx-auto max-w-2xl space-y-4 px-4 py-6">
        <StatusPanel tone="done" title="Everyone has signed">
          <p>Every signer of “{turn.packageName}” has signed in person.</p>
        </StatusPanel>
        {backToPackage}
      </div>
    );
  }

  if (turn.kind === 'hand_over') {
    return (
      <div className="mx-auto max-w-2xl space-y-5 px-4 py-6">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          In-person signing of “{turn.packageName}” · signer {turn.signer.position} of{' '}
          {turn.signer.of}
        </p>
        <h1 className="text-3xl font-semibold break-words">
          Hand this device to <bdi>{turn.signer.name}</bdi>
        </h1>
        <p>
          Only <bdi>{turn.signer.name}</bdi> should go on from here. They will read the documents,
          agree to sign electronically and sign on this screen.
        </p>
        <form method="post" action={inPersonPaths.confirm(packageId)}>
          <input type="hidden" name="signerId" value={turn.signer.signerId} />
          <button
            type="submit"
            className="flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
          >
            I am {turn.signer.name}
          </button>
        </form>
        {backToPackage}
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl space-y-5 px-4 py-6">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        In-person signing of “{turn.packageName}” · <bdi>{turn.signer.name}</bdi>, signer{' '}
        {turn.signer.position} of {turn.signer.of}
      </p>
      {notice ? (
        <p
          role="alert"
          className="rounded-lg bg-rose-50 p-4 font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-100"
        >
          {notice}
        </p>
      ) : null}
      {turn.document ? (
        <>
          <h1 className="text-2xl font-semibold break-words">{turn.document.name}</h1>
          {turn.consented ? null : (
            <ConsentForm
              action={inPersonPaths.consent(packageId)}
              documentId={turn.document.documentId}
              organizationName={turn.organizationName}
            />
          )}
          <PdfViewer
            src={`/dashboard/packages/${packageId}/documents/${turn.document.documentId}/original`}
            title={turn.document.name}
          />
          {turn.consented ? (
            <section
              aria-labelledby="sign-title"
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <h2 id="sign-title" className="text-lg font-semibold">
                Sign “{turn.document.name}”
              </h2>
              <SignatureForm
                action={`${inPersonPaths.document(packageId, turn.document.documentId)}/sign`}
                documentName={turn.document.name}
                signerName={turn.signer.name}
                handwritingFont={handwritingFont.style.fontFamily}
              />
            </section>
          ) : null}
        </>
      ) : (
        <h1 className="text-2xl font-semibold">Nothing left to sign</h1>
      )}
    </div>
  );
}
