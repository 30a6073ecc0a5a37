import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';

import { ConsentForm } from '@/components/signer/consent-form';
import { handwritingFont } from '@/components/signer/handwriting-font';
import { LocalTime } from '@/components/signer/local-time';
import { PdfViewer } from '@/components/signer/pdf-viewer';
import { SignatureForm } from '@/components/signer/signature-form';
import { SignerFrame } from '@/components/signer/signer-frame';
import { now as clockNow } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { signerName, signingLinkOutcome } from '@/lib/domain/signer-view';
import {
  checkSigning,
  mayDecline,
  SIGNING_REFUSAL_MESSAGES,
  type SigningRefusal,
} from '@/lib/domain/signing-rules';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { knownSignatureProblem } from '@/lib/signing/signature-input';
import { hasConsented } from '@/lib/signing/signer-events';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Read and sign',
  robots: { index: false, follow: false },
};

interface DocumentPageProps {
  params: Promise<{ token: string; documentId: string }>;
  searchParams: Promise<{ problem?: string; refused?: string }>;
}

const NOTICES: Record<string, string> = {
  ...SIGNING_REFUSAL_MESSAGES,
  consent_required: 'Agree to sign electronically first.',
  signature_unreadable: 'Your drawn signature could not be read. Draw it again.',
};

/** GET /sign/{token}/documents/{documentId} – one document to read, and to sign in turn. */
export default async function DocumentPage({ params, searchParams }: DocumentPageProps) {
  const [{ token, documentId }, query] = await Promise.all([params, searchParams]);
  const [{ db }, viewer] = await Promise.all([getPortalDatabase(), viewerContext()]);
  const link = await loadSigningLink(db, token);

  if (!link) notFound();

  const document = link.documents.find((candidate) => candidate.documentId === documentId);
  if (!document) notFound();

  const now = clockNow();
  const outcome = signingLinkOutcome(link, now);
  if (outcome !== 'open' && outcome !== 'executed') redirect(`/sign/${token}`);

  const check = checkSigning(link, documentId, now);
  const consented = check.kind === 'allowed' && (await hasConsented(db, link.signerId));
  const notice = query.refused
    ? NOTICES[query.refused as SigningRefusal]
    : knownSignatureProblem(query.problem);
  const base = `/sign/${token}/documents/${documentId}`;

  return (
    <SignerFrame organizationName={link.organizationName}>
      <div className="space-y-5">
        <a
          href={`/sign/${token}`}
          className="inline-flex min-h-11 items-center text-sm font-medium underline"
        >
          ← All documents in “{link.packageName}”
        </a>
        <h1 className="text-2xl font-semibold break-words">{document.name}</h1>

        {notice ? (
          <p
            role="alert"
            className="rounded-lg bg-rose-50 p-4 font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-100"
          >
            {notice}
          </p>
        ) : null}

        {check.kind === 'already_signed' ? (
          <p className="rounded-lg bg-emerald-50 p-4 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50">
            You signed this document{' '}
            <LocalTime
              iso={check.signedAt}
              serverTimeZone={viewer.timeZone}
              locale={viewer.locale}
            />
            .
          </p>
        ) : null}

        {check.kind === 'refused' && !notice ? (
          <p className="rounded-lg bg-slate-100 p-4 dark:bg-slate-800">
            {SIGNING_REFUSAL_MESSAGES[check.reason]}
          </p>
        ) : null}

        {check.kind === 'allowed' && !consented ? (
          <ConsentForm
            action={`/sign/${encodeURIComponent(token)}/consent`}
            documentId={documentId}
            organizationName={link.organizationName}
          />
        ) : null}

        {check.kind === 'allowed' && consented ? (
          <a
            href="#sign"
            className="inline-flex min-h-11 items-center text-sm font-medium underline"
          >
            Skip to signing
          </a>
        ) : null}

        <PdfViewer src={`${base}/pdf`} title={document.name} />

        {check.kind === 'allowed' && consented ? (
          <section
            id="sign"
            aria-labelledby="sign-title"
            className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            <h2 id="sign-title" className="text-lg font-semibold">
              Sign “{document.name}”
            </h2>
            <SignatureForm
              action={`${base}/sign`}
              documentName={document.name}
              signerName={signerName(link.signer)}
              handwritingFont={handwritingFont.style.fontFamily}
            />
          </section>
        ) : null}

        {mayDecline(link, now) ? (
          <p className="text-sm">
            Do not want to sign?{' '}
            <a href={`/sign/${token}/decline`} className="font-medium underline">
              Decline to sign
            </a>
          </p>
        ) : null}
      </div>
    </SignerFrame>
  );
}
