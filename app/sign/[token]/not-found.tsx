import { SignerFrame } from '@/components/signer/signer-frame';
import { StatusPanel } from '@/components/signer/status-panel';

export default function SigningLinkNotFound() {
  return (
    <SignerFrame organizationName={null}>
      <StatusPanel tone="problem" title="This signing link does not work">
        <p>
          It may be incomplete, replaced by a newer link, or the documents may have been withdrawn.
        </p>
        <p>
          Open the most recent email or text message you received about these documents and use the
          link in it. If that does not work either, contact the person who sent them.
        </p>
      </StatusPanel>
    </SignerFrame>
  );
}
