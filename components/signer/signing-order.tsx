import type { SignerProgress } from '@/lib/domain/signer-view';

import { CheckIcon, ClockIcon, PenIcon } from './icons';

interface SigningOrderProps {
  progress: SignerProgress[];
  mySignerId: string;
}

/** The signers of an ordered package as steps, each with how far they have got. */
export function SigningOrder({ progress, mySignerId }: SigningOrderProps) {
  return (
    <section aria-labelledby="order-title" className="space-y-3">
      <h2 id="order-title" className="text-lg font-semibold">
        Signing order
      </h2>
      <ol className="space-y-2">
        {progress.map((signer) => {
          const done = signer.total > 0 && signer.signed === signer.total;
          const state = done ? 'Signed' : signer.holdsTurn ? 'Signing now' : 'Waiting';
          const StateIcon = done ? CheckIcon : signer.holdsTurn ? PenIcon : ClockIcon;

          return (
            <li
              key={signer.signerId}
              className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
              aria-current={signer.holdsTurn ? 'step' : undefined}
            >
              <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold dark:bg-slate-800">
                {signer.position}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">
                  <bdi>{signer.name}</bdi>
                  {signer.signerId === mySignerId ? ' (you)' : ''}
                </p>
                <div
                  className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                  aria-hidden="true"
                >
                  <div
                    className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400"
                    style={{ width: `${signer.total ? (100 * signer.signed) / signer.total : 0}%` }}
                  />
                </div>
              </div>
              <p className="flex shrink-0 items-center gap-1 text-sm text-slate-700 dark:text-slate-300">
                <StateIcon className="size-4" />
                <span>
                  {state}
                  <span className="sr-only">
                    , {signer.signed} of {signer.total} documents signed
                  </span>
                </span>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
