'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

import type { PackageLiveView } from '@/lib/dashboard/package-live-view';
import { signerName } from '@/lib/domain/signer-view';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { AuditTimeline } from './audit-timeline';
import { StaleNotice } from './live-notice';
import { ProgressBar } from './progress-bar';
import { RevisionMatrix } from './revision-matrix';
import { SignerList } from './signer-list';
import { StateBadge } from './state-badge';
import { TurnLine } from './turn-line';
import { useLiveData } from './use-live-data';

interface LivePackageProps {
  packageId: string;
  /** The server's render of the package's progress, shown first. */
  initial: PackageLiveView;
  viewer: ViewerContext;
  profileTimeZone: string | null;
}

interface LivePackageProgressProps extends LivePackageProps {
  /** What the owner can do for each signer, rendered by the page, by signer id. */
  signerActions?: Partial<Record<string, React.ReactNode>>;
}

function usePackageLive({ packageId, initial, viewer, profileTimeZone }: LivePackageProps) {
  // Every part of the page asks for the same address, which SWR fetches once for all of them.
  const url = `/dashboard/packages/${encodeURIComponent(packageId)}/data`;

  return useLiveData(url, initial, { viewer, profileTimeZone });
}

/**
 * The package's state, kept current while the page is open. When it changes (the last
 * signature executes the package), the page's server-rendered parts render again too, so
 * what it offers to do fits the new state.
 */
export function LivePackageState(props: LivePackageProps) {
  const { data } = usePackageLive(props);
  const router = useRouter();
  const changed = data.progress.state !== props.initial.progress.state;

  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, router]);

  return <StateBadge state={data.progress.state} />;
}

/**
 * Progress, the matrix of documents by signers, and the signers in order, refreshed while the
 * page is open, so a signature shows up without reloading.
 */
export function LivePackageProgress({ signerActions, ...props }: LivePackageProgressProps) {
  const { data, clock, stale } = usePackageLive(props);

  return (
    <>
      <section aria-labelledby="progress-title" className="space-y-3">
        <h2 id="progress-title" className="text-lg font-semibold">
          Progress
        </h2>
        <StaleNotice stale={stale} />
        <ProgressBar signed={data.progress.signed} total={data.progress.total} />
        <TurnLine turn={data.progress.turn} clock={clock} />
        <RevisionMatrix
          documents={data.documents}
          signers={data.signers}
          rows={data.rows}
          clock={clock}
        />
      </section>

      <section aria-labelledby="signers-title" className="space-y-3">
        <h2 id="signers-title" className="text-lg font-semibold">
          Signers, in signing order
        </h2>
        <SignerList
          signers={data.signers}
          revisions={data.revisions}
          clock={clock}
          renderActions={signerActions ? (signer) => signerActions[signer.signerId] : undefined}
        />
      </section>
    </>
  );
}

/** The package's audit trail, refreshed with its progress. */
export function LivePackageActivity(props: LivePackageProps) {
  const { data, clock } = usePackageLive(props);
  const signerNames = new Map(data.signers.map((signer) => [signer.signerId, signerName(signer)]));

  return (
    <section aria-labelledby="activity-title" className="space-y-3">
      <h2 id="activity-title" className="text-lg font-semibold">
        Activity
      </h2>
      <AuditTimeline entries={data.auditTrail} signerNames={signerNames} clock={clock} />
    </section>
  );
}
