import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import {
  LinkExpiredNotice,
  NotSentNotice,
  PackageExpiredNotice,
  RescindedNotice,
  UnknownStateNotice,
} from '@/components/signer/link-notices';
import { PackageOverview } from '@/components/signer/package-overview';
import { SignerFrame } from '@/components/signer/signer-frame';
import { now as clockNow } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { signingLinkOutcome } from '@/lib/domain/signer-view';
import { loadSigningLink } from '@/lib/signing/load-signing-link';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Documents to sign',
  robots: { index: false, follow: false },
};

interface SigningLinkPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ signed?: string }>;
}

/** GET /sign/{token} – what a signer is asked to sign, by whom, by when, and whose turn it is. */
export default async function SigningLinkPage({ params, searchParams }: SigningLinkPageProps) {
  const [{ token }, { signed }] = await Promise.all([params, searchParams]);
  const [{ db }, viewer] = await Promise.all([getPortalDatabase(), viewerContext()]);
  const link = await loadSigningLink(db, token);

  if (!link) notFound();

  const now = clockNow();
  const props = { link, now, viewer };

  return (
    <SignerFrame organizationName={link.organizationName}>
      {(() => {
        switch (signingLinkOutcome(link, now)) {
          case 'rescinded':
            return <RescindedNotice {...props} />;
          case 'package_expired':
            return <PackageExpiredNotice {...props} />;
          case 'not_sent':
            return <NotSentNotice {...props} />;
          case 'link_expired':
            return <LinkExpiredNotice token={token} {...props} />;
          case 'unknown_state':
            return <UnknownStateNotice {...props} />;
          case 'open':
          case 'executed':
            return <PackageOverview token={token} justSignedId={signed} {...props} />;
        }
      })()}
    </SignerFrame>
  );
}
