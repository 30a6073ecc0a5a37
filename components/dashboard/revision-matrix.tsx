import { BlockedIcon, CheckIcon, ClockIcon, PenIcon, PeopleIcon } from '@/components/signer/icons';
import type { OwnerSignerFacts, RevisionCell } from '@/lib/dashboard/package-progress';
import { signerName } from '@/lib/domain/signer-view';

import { LinkOffIcon } from './icons';
import type { OwnerClock } from './owner-clock';
import { OwnerTime } from './owner-time';

interface RevisionMatrixProps {
  documents: { documentId: string; name: string }[];
  /** Signers in signing order, the matrix's columns. */
  signers: OwnerSignerFacts[];
  rows: { documentId: string; cells: RevisionCell[] }[];
  clock: OwnerClock;
}

/**
 * Documents by signers: each cell says where that signer stands on that document, in words
 * and with an icon: a table where it fits, a list per document on a phone.
 */
export function RevisionMatrix({ documents, signers, rows, clock }: RevisionMatrixProps) {
  const names = new Map(documents.map((document) => [document.documentId, document.name]));

  return (
    <>
      <div
        role="region"
        aria-labelledby="matrix-caption"
        tabIndex={0}
        className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white sm:block dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="w-full min-w-max border-collapse text-left text-sm">
          <caption id="matrix-caption" className="sr-only">
            Signatures by document and signer
          </caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="p-3 font-medium">
                Document
              </th>
              {signers.map((signer, index) => (
                <th key={signer.signerId} scope="col" className="p-3 font-medium">
                  <span className="text-slate-600 dark:text-slate-400">{index + 1}. </span>
                  <bdi>{signerName(signer)}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.documentId}
                className="border-b border-slate-200 last:border-0 dark:border-slate-800"
              >
                <th scope="row" className="max-w-56 p-3 align-top font-medium break-words">
                  {names.get(row.documentId)}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={signers[index]?.signerId ?? index} className="p-3 align-top">
                    <Cell cell={cell} clock={clock} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* On a phone a table of several signers would not fit: each document lists its signers. */}
      <ul aria-label="Signatures by document and signer" className="space-y-3 sm:hidden">
        {rows.map((row) => (
          <li
            key={row.documentId}
            className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
          >
            <h3 className="font-medium break-words">{names.get(row.documentId)}</h3>
            <ol className="mt-2 space-y-2 text-sm">
              {row.cells.map((cell, index) => {
                const signer = signers[index];

                return (
                  <li key={signer?.signerId ?? index} className="flex flex-wrap gap-x-3 gap-y-1">
                    <span className="min-w-0 flex-1">
                      {index + 1}. <bdi>{signer ? signerName(signer) : ''}</bdi>
                    </span>
                    <Cell cell={cell} clock={clock} />
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ul>
    </>
  );
}

function Cell({ cell, clock }: { cell: RevisionCell; clock: OwnerClock }) {
  const line = 'flex items-start gap-1.5';

  switch (cell.kind) {
    case 'signed':
      return (
        <div className={`${line} text-emerald-800 dark:text-emerald-300`}>
          <CheckIcon className="mt-0.5 size-4" />
          <div>
            <p className="font-medium">Signed</p>
            <p className="text-slate-700 dark:text-slate-300">
              <OwnerTime
                iso={cell.signedAt}
                profileTimeZone={clock.profileTimeZone}
                serverTimeZone={clock.viewer.timeZone}
                locale={clock.viewer.locale}
              />
            </p>
          </div>
        </div>
      );
    case 'next': {
      const NextIcon = cell.inPerson ? PeopleIcon : PenIcon;

      return (
        <p className={`${line} font-medium text-blue-800 dark:text-blue-300`}>
          <NextIcon className="mt-0.5 size-4" />
          {cell.inPerson ? 'Next, in person' : 'Next'}
        </p>
      );
    }
    case 'link_expired':
      return (
        <p className={`${line} font-medium text-rose-800 dark:text-rose-300`}>
          <LinkOffIcon className="mt-0.5 size-4" />
          Link expired
        </p>
      );
    case 'waiting':
      return (
        <p className={`${line} text-amber-800 dark:text-amber-300`}>
          <ClockIcon className="mt-0.5 size-4" />
          Waiting
        </p>
      );
    case 'not_signed':
      return (
        <p className={`${line} text-slate-700 dark:text-slate-300`}>
          <BlockedIcon className="mt-0.5 size-4" />
          Not signed
        </p>
      );
    case 'none':
      return <p className="text-slate-600 dark:text-slate-400">Not asked to sign</p>;
  }
}
