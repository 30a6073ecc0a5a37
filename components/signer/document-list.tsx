import type {
  RevisionStanding,
  SignerDocumentView,
  SignerPosition,
} from '@/lib/domain/signer-view';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { BlockedIcon, CheckIcon, ClockIcon, DocumentIcon, PenIcon, PeopleIcon } from './icons';
import { LocalTime } from './local-time';

interface DocumentListProps {
  token: string;
  /** Each document, with whether its signed PDF can be downloaded. */
  documents: (SignerDocumentView & { signedCopy: boolean })[];
  viewer: ViewerContext;
  /** Whether the documents may be opened from this page now. */
  canRead: boolean;
}

/** The signer's documents in order, each with where it stands for them, in words. */
export function DocumentList({ token, documents, viewer, canRead }: DocumentListProps) {
  return (
    <section aria-labelledby="documents-title" className="space-y-3">
      <h2 id="documents-title" className="text-lg font-semibold">
        Your documents ({documents.length})
      </h2>
      <ol className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {documents.map((document, index) => (
          <li
            key={document.revisionId}
            className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center"
          >
            <div className="flex min-w-0 flex-1 items-start gap-3">
              <DocumentIcon className="mt-0.5 size-5 text-slate-500 dark:text-slate-400" />
              <div className="min-w-0">
                <p className="font-medium break-words">
                  <span className="sr-only">Document {index + 1}: </span>
                  {document.name}
                </p>
                <Standing standing={document.standing} viewer={viewer} />
              </div>
            </div>
            {canRead ? (
              <a
                href={`/sign/${token}/documents/${document.documentId}`}
                aria-label={`${actionLabel(document.standing)}: ${document.name}`}
                className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 sm:ml-auto dark:border-slate-700 dark:hover:bg-slate-800"
              >
                {actionLabel(document.standing)}
              </a>
            ) : null}
            {document.signedCopy ? (
              <a
                href={`/sign/${token}/documents/${document.documentId}/signed`}
                aria-label={`Download signed PDF: ${document.name}`}
                className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 px-4 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Download signed PDF
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function actionLabel(standing: RevisionStanding): string {
  return standing.kind === 'your_turn' ? 'Read and sign' : 'Read';
}

function Standing({ standing, viewer }: { standing: RevisionStanding; viewer: ViewerContext }) {
  const line = 'mt-1 flex items-start gap-1.5 text-sm';

  switch (standing.kind) {
    case 'signed':
      return (
        <p className={`${line} text-emerald-800 dark:text-emerald-300`}>
          <CheckIcon className="size-4 mt-0.5" />
          <span>
            Signed{' '}
            <LocalTime
              iso={standing.signedAt}
              serverTimeZone={viewer.timeZone}
              locale={viewer.locale}
            />
          </span>
        </p>
      );
    case 'your_turn':
      return (
        <p className={`${line} font-medium text-blue-800 dark:text-blue-300`}>
          <PenIcon className="size-4 mt-0.5" />
          <span>Your turn to sign</span>
        </p>
      );
    case 'waiting':
      return (
        <p className={`${line} text-amber-800 dark:text-amber-300`}>
          <ClockIcon className="size-4 mt-0.5" />
          <span>Waiting for {describePositions(standing.waitingFor)} to sign first</span>
        </p>
      );
    case 'meeting_not_started':
      return (
        <p className={`${line} text-amber-800 dark:text-amber-300`}>
          <ClockIcon className="size-4 mt-0.5" />
          <span>Opens for signing when the meeting starts</span>
        </p>
      );
    case 'in_person':
      return (
        <p className={`${line} text-slate-700 dark:text-slate-300`}>
          <PeopleIcon className="size-4 mt-0.5" />
          <span>To be signed in person, on the sender’s device</span>
        </p>
      );
    case 'closed':
      return (
        <p className={`${line} text-slate-700 dark:text-slate-300`}>
          <BlockedIcon className="size-4 mt-0.5" />
          <span>Not signed, and can no longer be signed here</span>
        </p>
      );
  }
}

/** "Ana Silva (signer 1 of 3)", or several such joined as a list. */
export function describePositions(positions: SignerPosition[]): string {
  const names = positions.map(
    (position) => `${position.name} (signer ${position.position} of ${position.of})`,
  );

  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}
