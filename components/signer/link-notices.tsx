import type { SigningLinkView } from '@/lib/signing/load-signing-link';
import { signerName } from '@/lib/domain/signer-view';
import { packageDeadline } from '@/lib/domain/deadlines';
import { packageStateLabel } from '@/lib/domain/package-states';
import type { ViewerContext } from '@/lib/viewer/viewer-context';

import { StatusPanel } from './status-panel';
import { When } from './when';

interface NoticeProps {
  link: SigningLinkView;
  now: Date;
  viewer: ViewerContext;
}

/** Who to turn to: the sender by name when known, else the organization. */
function sender(link: SigningLinkView): string {
  return link.senderName ? `${link.senderName} at ${link.organizationName}` : link.organizationName;
}

export function RescindedNotice({ link }: NoticeProps) {
  const decliner = link.declinedBySignerId
    ? link.signers.find((signer) => signer.signerId === link.declinedBySignerId)
    : undefined;

  if (decliner) {
    const declinedByMe = decliner.signerId === link.signerId;

    return (
      <StatusPanel tone="stopped" title="This signing request was cancelled">
        <p>
          {declinedByMe ? 'You' : signerName(decliner)} declined to sign “{link.packageName}”, so
          nobody can sign it any more. Anything already signed is kept.
        </p>
        {link.declineReason ? (
          <blockquote className="border-l-4 border-current/30 pl-3 italic">
            {link.declineReason}
          </blockquote>
        ) : null}
        <p>For what happens next, contact {sender(link)}.</p>
      </StatusPanel>
    );
  }

  return (
    <StatusPanel tone="stopped" title="This signing request was cancelled">
      <p>
        {sender(link)} cancelled “{link.packageName}”. You do not need to do anything. Anything
        already signed is kept.
      </p>
      {link.rescindMessage ? (
        <figure className="space-y-1">
          <figcaption className="text-sm font-medium">Their message:</figcaption>
          <blockquote className="border-l-4 border-current/30 pl-3 italic">
            {link.rescindMessage}
          </blockquote>
        </figure>
      ) : null}
    </StatusPanel>
  );
}

export function PackageExpiredNotice({ link, now, viewer }: NoticeProps) {
  const deadline = packageDeadline(link.package);

  return (
    <StatusPanel tone="stopped" title="The deadline for signing has passed">
      <p>
        “{link.packageName}” had to be signed by{' '}
        {deadline ? (
          <When iso={deadline.toISOString()} now={now} viewer={viewer} />
        ) : (
          'its deadline'
        )}
        . It can no longer be signed.
      </p>
      <p>If you still want to sign, ask {sender(link)} to extend the deadline.</p>
    </StatusPanel>
  );
}

export function NotSentNotice({ link }: NoticeProps) {
  return (
    <StatusPanel tone="waiting" title="These documents are not ready to sign yet">
      <p>
        {sender(link)} is still preparing “{link.packageName}”. You will get an email when it is
        ready for you; this link will work then.
      </p>
    </StatusPanel>
  );
}

export function LinkExpiredNotice({ link, now, viewer, token }: NoticeProps & { token: string }) {
  return (
    <StatusPanel tone="problem" title="This signing link has expired">
      <p>
        Your link to “{link.packageName}” stopped working{' '}
        <When iso={link.linkTimeExpires} now={now} viewer={viewer} />. Nothing you signed is lost.
      </p>
      <p>We can email a new link to the address {sender(link)} has for you.</p>
      <form method="post" action={`/sign/${encodeURIComponent(token)}/new-link`}>
        <button
          type="submit"
          className="mt-1 flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 sm:w-auto dark:bg-blue-600"
        >
          Email me a new link
        </button>
      </form>
    </StatusPanel>
  );
}

export function UnknownStateNotice({ link }: NoticeProps) {
  return (
    <StatusPanel tone="problem" title="This signing request cannot be shown">
      <p>
        “{link.packageName}” is in a state this page does not know (
        {packageStateLabel(link.package.state)}), so it cannot be signed here. Contact{' '}
        {sender(link)}.
      </p>
    </StatusPanel>
  );
}
