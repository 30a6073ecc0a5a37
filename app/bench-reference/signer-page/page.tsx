import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

import { PackageOverview } from '@/components/signer/package-overview';
import { SignerFrame } from '@/components/signer/signer-frame';
import type { SigningLinkView } from '@/lib/signing/load-signing-link';
import { viewerContext } from '@/lib/viewer/viewer-context';

export const metadata: Metadata = {
  title: 'Reference signer page',
  robots: { index: false, follow: false },
};

const DAY = 24 * 3600_000;
const TOKEN = 'referenceTokenNotALink0';

/**
 * GET /bench-reference/signer-page – the signer page's own markup for a package held in memory:
 * the same components as `/sign/{token}`, for a package shaped like those the benchmark opens
 * (three signers, three documents, seen by the first signer, who has signed them all), with no
 * token looked up and nothing read from the database. `npm run bench` measures it between the
 * empty reference page and the signer page, so that a run shows what the rendering costs and
 * what the reads add. Only on a server started with `BENCH_REFERENCE=1`.
 */
export default async function ReferenceSignerPage() {
  await connection();

  if (process.env.BENCH_REFERENCE !== '1') notFound();

  const now = new Date();
  const viewer = await viewerContext();

  return (
    <SignerFrame organizationName="Harbour Realty">
      <PackageOverview token={TOKEN} link={leaseInMemory(now)} now={now} viewer={viewer} />
    </SignerFrame>
  );
}

/** A lease of three documents for three signers in turn; the first has signed them all. */
function leaseInMemory(now: Date): SigningLinkView {
  const deadline = new Date(now.getTime() + 5 * DAY).toISOString();
  const signedAt = new Date(now.getTime() - DAY).toISOString();
  const signers = ['Emily Carter', 'Ken Watanabe', 'Fatima Zahra'].map((name, index) => {
    const [firstName = '', lastName = ''] = name.split(' ');

    return { signerId: fixedUuid(`1${index}`), firstName, lastName, order: index + 1 };
  });
  const documents = ['Residential lease', 'Rider 1', 'Rider 2'].map((name, index) => ({
    documentId: fixedUuid(`2${index}`),
    name,
    order: index + 1,
  }));

  return {
    linkId: fixedUuid('40'),
    signerId: fixedUuid('10'),
    linkTimeExpires: deadline,
    signer: { firstName: 'Emily', lastName: 'Carter' },
    organizationId: fixedUuid('50'),
    organizationName: 'Harbour Realty',
    senderName: 'Olivia Grant',
    packageId: fixedUuid('60'),
    packageName: 'Lease: 42 Harbour Street, Unit 3B',
    meetingDuration: null,
    rescindMessage: null,
    declinedBySignerId: null,
    declineReason: null,
    package: { type: 'Sequential', state: 'open', timeSignBy: deadline, meetingTimeStart: null },
    documents,
    signers,
    revisions: documents.flatMap((document) =>
      signers.map((signer) => ({
        revisionId: fixedUuid(`3${document.order}${signer.order}`),
        documentId: document.documentId,
        signerId: signer.signerId,
        signedAt: signer.order === 1 ? signedAt : null,
      })),
    ),
  };
}

/** An identifier as long as the database's, so that the page weighs what a real one does. */
function fixedUuid(suffix: string): string {
  return `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;
}
