import { packageDeadline } from '@/lib/domain/deadlines';
import { packageStateLabel } from '@/lib/domain/package-states';
import { isPackageType, PACKAGE_TYPE_LABELS } from '@/lib/domain/package-types';
import {
  signedCopyReady,
  signerDocuments,
  signerName,
  signingProgress,
  type SignerDocumentView,
} from '@/lib/domain/signer-view';
import { mayDecline } from '@/lib/domain/signing-rules';
import type { SigningLinkView } from '@/lib/signing/load-signing-link';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { Countdown } from './countdown';
import { describePositions, DocumentList } from './document-list';
import { CalendarIcon } from './icons';
import { SigningOrder } from './signing-order';
import { StatusPanel } from './status-panel';
import { When } from './when';

interface PackageOverviewProps {
  token: string;
  link: SigningLinkView;
  now: Date;
  viewer: ViewerContext;
  /** The document the signer has just signed, to confirm it. */
  justSignedId?: string;
}

/** What an open or completed package asks of this signer, and where everything stands. */
export function PackageOverview(props: PackageOverviewProps) {
  const { token, link, now, viewer, justSignedId } = props;
  const documents = signerDocuments(link, now).map((document) => ({
    ...document,
    signedCopy: signedCopyReady(link, document.documentId),
  }));
  const justSigned = documents.find((document) => document.documentId === justSignedId);
  const nextToSign = documents.find((document) => document.standing.kind === 'your_turn');
  const completed = link.package.state === 'executed';
  const deadline = packageDeadline(link.package);
  const ordered = link.package.type === 'Sequential' || link.package.type === 'Live Session';
  const asker = link.senderName
    ? `${link.senderName} of ${link.organizationName}`
    : link.organizationName;
  const typeText = isPackageType(link.package.type)
    ? `${PACKAGE_TYPE_LABELS[link.package.type].label}: ${PACKAGE_TYPE_LABELS[link.package.type].description}`
    : 'Unknown';

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold break-words">{link.packageName}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {asker} {completed ? 'asked' : 'asks'} you, <bdi>{signerName(link.signer)}</bdi>, to sign{' '}
          {documents.length} {documents.length === 1 ? 'document' : 'documents'}.
        </p>
      </div>

      {justSigned?.standing.kind === 'signed' ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50"
        >
          You signed “{justSigned.name}”.
        </p>
      ) : null}

      <Headline token={token} link={link} documents={documents} now={now} viewer={viewer} />

      {nextToSign ? (
        <a
          href={`/sign/${token}/documents/${nextToSign.documentId}`}
          className="flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          Read and sign “{nextToSign.name}”
        </a>
      ) : null}

      <dl className="grid gap-x-4 gap-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[auto_1fr] dark:border-slate-800 dark:bg-slate-900">
        {deadline && !completed ? (
          <Fact term="Sign by">
            <When iso={deadline.toISOString()} now={now} viewer={viewer} />
          </Fact>
        ) : null}
        {completed ? null : (
          <Fact term="Your link works until">
            <When iso={link.linkTimeExpires} now={now} viewer={viewer} />
          </Fact>
        )}
        <Fact term="How signing works">{typeText}</Fact>
        <Fact term="Status">{packageStateLabel(link.package.state)}</Fact>
      </dl>

      {link.package.type === 'video_closing_room' && link.package.meetingTimeStart ? (
        <section
          aria-labelledby="meeting-title"
          className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 id="meeting-title" className="flex items-center gap-2 text-lg font-semibold">
            <CalendarIcon /> Video signing meeting
          </h2>
          <p>
            <When iso={link.package.meetingTimeStart} now={now} viewer={viewer} />
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Signing opens when the meeting starts and stays open for seven days.
          </p>
          <a
            href={`/sign/${token}/meeting.ics`}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Add to calendar (.ics)
          </a>
        </section>
      ) : null}

      <DocumentList token={token} documents={documents} viewer={viewer} canRead />

      {ordered ? (
        <SigningOrder progress={signingProgress(link, now)} mySignerId={link.signerId} />
      ) : null}

      {link.package.state === 'executed' ? (
        <a
          href={`/sign/${token}/certificate`}
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Download the certificate of completion
        </a>
      ) : null}

      <p className="text-sm text-slate-700 dark:text-slate-300">
        Questions about these documents? Contact {asker}.
        {mayDecline(link, now) ? (
          <>
            {' '}
            Do not want to sign?{' '}
            <a href={`/sign/${token}/decline`} className="font-medium underline">
              Decline to sign
            </a>
            .
          </>
        ) : null}
      </p>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="-mt-2 sm:mt-0">{children}</dd>
    </>
  );
}

interface HeadlineProps {
  token: string;
  link: SigningLinkView;
  documents: SignerDocumentView[];
  now: Date;
  viewer: ViewerContext;
}

/** The one thing the signer most needs to know now. */
function Headline({ token, link, documents, now, viewer }: HeadlineProps) {
  const kinds = new Set(documents.map((document) => document.standing.kind));
  const ready = documents.filter((document) => document.standing.kind === 'your_turn').length;

  if (link.package.state === 'executed') {
    return (
      <StatusPanel tone="done" heading="h2" title="Everyone has signed">
        <p>
          Every document in this package is signed by everyone. Nothing more is needed from you.
        </p>
      </StatusPanel>
    );
  }

  if (ready > 0) {
    return (
      <StatusPanel tone="action" heading="h2" title="It’s your turn to sign">
        <p>
          {ready} {ready === 1 ? 'document is' : 'documents are'} ready for you to read and sign.
        </p>
      </StatusPanel>
    );
  }

  if (documents.length > 0 && documents.every((document) => document.standing.kind === 'signed')) {
    return (
      <StatusPanel tone="done" heading="h2" title="You have signed everything">
        <p>Others still have to sign. Nothing more is needed from you.</p>
      </StatusPanel>
    );
  }

  if (kinds.has('in_person')) {
    return (
      <StatusPanel tone="waiting" heading="h2" title="You will sign in person">
        <p>
          {link.senderName ?? link.organizationName} will hand you their device when it is your
          turn. You do not need to do anything with this link until then.
        </p>
      </StatusPanel>
    );
  }

  const meeting = documents.find((document) => document.standing.kind === 'meeting_not_started');
  if (meeting && meeting.standing.kind === 'meeting_not_started') {
    return (
      <StatusPanel tone="waiting" heading="h2" title="Signing opens at the meeting">
        <p>
          The video signing meeting starts{' '}
          <When iso={meeting.standing.meetingTimeStart} now={now} viewer={viewer} />.
        </p>
        <Countdown
          until={meeting.standing.meetingTimeStart}
          serverNow={now.toISOString()}
          href={`/sign/${token}`}
        />
      </StatusPanel>
    );
  }

  const waiting = documents.find((document) => document.standing.kind === 'waiting');
  if (waiting && waiting.standing.kind === 'waiting') {
    return (
      <StatusPanel tone="waiting" heading="h2" title="Not your turn yet">
        <p>
          Waiting for {describePositions(waiting.standing.waitingFor)} to sign first. This link will
          let you sign once they have.
        </p>
      </StatusPanel>
    );
  }

  return null;
}
