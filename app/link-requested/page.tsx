import type { Metadata } from 'next';

import { SignerFrame } from '@/components/signer/signer-frame';
import { StatusPanel } from '@/components/signer/status-panel';

export const metadata: Metadata = {
  title: 'New link requested',
  robots: { index: false, follow: false },
};

/**
 * GET /link-requested – what happens after a signer asked for a new signing link. One who
 * asked too often is answered 429 by the request itself (app/sign/[token]/new-link).
 */
export default function LinkRequestedPage() {
  return (
    <SignerFrame organizationName={null}>
      <StatusPanel tone="done" title="Check your email">
        <p>
          If this signing request is still open, a new signing link is on its way to the email
          address the sender has for you. It can take a few minutes to arrive.
        </p>
        <p>Your old link no longer works once a new one is sent.</p>
      </StatusPanel>
    </SignerFrame>
  );
}
