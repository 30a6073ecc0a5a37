import type { OwnerSignerFacts } from '@/lib/dashboard/package-progress';
import type { RevisionFacts } from '@/lib/domain/turns';
import { isLinkExpired } from '@/lib/domain/deadlines';
import { signerName } from '@/lib/domain/signer-view';

import type { OwnerClock } from './owner-clock';
import { OwnerWhen } from './owner-when';

interface SignerListProps {
  /** In signing order. */
  signers: OwnerSignerFacts[];
  revisions: readonly RevisionFacts[];
  clock: OwnerClock;
  /** What the owner can do for each signer now, shown under their details. */
  renderActions?: (signer: OwnerSignerFacts) => React.ReactNode;
}

/** The signers in order with their contact details, how much each has signed, and their link. */
export function SignerList({ signers, revisions, clock, renderActions }: SignerListProps) {
  return (
    <ol className="space-y-2">
      {signers.map((signer, index) => {
        const own = revisions.filter((revision) => revision.signerId === signer.signerId);
        const signed = own.filter((revision) => revision.signedAt).length;

        return (
          <li
            key={signer.signerId}
            className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
          >
            <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold dark:bg-slate-800">
              {index + 1}
            </span>
            <div className="min-w-0 flex-1 space-y-1 text-sm">
              <p className="text-base font-medium break-words">
                <bdi>{signerName(signer)}</bdi>
              </p>
              <p className="break-all">
                <a
                  href={`mailto:${signer.email}`}
                  className="inline-flex min-h-11 items-center underline underline-offset-2"
                >
                  {signer.email}
                </a>
              </p>
              {signer.mobileNumber ? (
                <p>
                  <a
                    href={`tel:${signer.mobileNumber}`}
                    className="inline-flex min-h-11 items-center underline underline-offset-2"
                  >
                    {signer.mobileNumber}
                  </a>
                </p>
              ) : null}
              <p className="text-slate-700 dark:text-slate-300">
                Signed {signed} of {own.length} {own.length === 1 ? 'document' : 'documents'}
              </p>
              <p className="text-slate-700 dark:text-slate-300">
                {signer.linkTimeExpires ? (
                  <>
                    {isLinkExpired(signer.linkTimeExpires, clock.now)
                      ? 'Link expired '
                      : 'Link works until '}
                    <OwnerWhen iso={signer.linkTimeExpires} clock={clock} />
                  </>
                ) : (
                  'No signing link issued'
                )}
              </p>
              {renderActions?.(signer)}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
