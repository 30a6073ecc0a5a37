import { z } from 'zod';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { recordConsent } from '@/lib/signing/signer-events';
import { signerPaths } from '@/lib/signing/signer-paths';

const ZConsentForm = z.object({ documentId: z.uuid() });

/** POST /sign/{token}/consent – the signer agrees to sign electronically, then reads on. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const target = ZConsentForm.safeParse(form.fields);
  const { db } = await getPortalDatabase();
  const outcome = await recordConsent(db, token, { ...(await requestMetadata()), now: now() });

  if (outcome === null || !target.success) return seeOther(signerPaths.overview(token));

  return seeOther(signerPaths.document(token, target.data.documentId));
}
