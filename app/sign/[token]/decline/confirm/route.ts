import { z } from 'zod';

import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { readFormPost, seeOther } from '@/lib/http/form-post';
import { requestMetadata } from '@/lib/http/request-metadata';
import { declinePackage } from '@/lib/signing/signer-events';
import { signerPaths } from '@/lib/signing/signer-paths';

const ZDeclineForm = z.object({
  reason: z
    .string()
    .max(1000, 'A reason can be at most 1,000 characters long.')
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value), {
      message: 'A reason cannot hold control characters.',
    })
    .optional()
    .transform((value) => value?.trim() || null),
});

/** POST /sign/{token}/decline/confirm – the signer declines; the package is cancelled. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await readFormPost(request);
  if ('refusal' in form) return form.refusal;

  const input = ZDeclineForm.safeParse(form.fields);
  if (!input.success) {
    const message = input.error.issues[0]?.message ?? 'Check your reason.';

    return seeOther(signerPaths.decline(token, `?problem=${encodeURIComponent(message)}`));
  }

  const { db } = await getPortalDatabase();
  await declinePackage(db, token, input.data.reason, { ...(await requestMetadata()), now: now() });

  return seeOther(signerPaths.overview(token));
}
