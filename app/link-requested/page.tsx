import type { Metadata } from 'next';

import { SignerFrame } from '@/components/signer/signer-frame';
import { StatusPanel } from '@/components/signer/status-panel';

export const metadata: Metadata = {
  title: 'New link requested',
  robots: { index: false, follow: false },
};

interface LinkRequestedPageProps {
  searchParams: Promise<{ recently?: string }>;
}

/** GET /link-requested – what happens after a signer asked for a new signing link. */
export default async function LinkRequestedPage({ searchParams }: LinkRequestedPageProps) {
  const { recently } = await searchParams;

  return (
    <SignerFrame organizationName={null}>
      <StatusPanel tone="done" title="Check your email">
        {recently ? (
          <p>
            A new link was sent a short while ago. Look for it in your inbox, including spam. You
            can ask again in an hour.
          </p>
        ) : (
          <p>
            If this signing request is still open, a new signing link is on its way to the email
            address the sender has for you. It can take a few minutes to arrive.
          </p>
        )}
        <p>Your old link no longer works once a new one is sent.</p>
      </StatusPanel>
    </SignerFrame>
  );
}
