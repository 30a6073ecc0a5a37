import { z } from 'zod';

import type { AdoptedSignature } from './sign-revision';

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A drawn signature is a PNG of at most 512 KiB. */
const MAX_PNG_BYTES = 512 * 1024;

/** What the signing form sends; the same schema checks it in the browser and on the server. */
export const ZSignatureForm = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('typed'),
      typedName: z
        .string()
        .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
        .pipe(
          z
            .string()
            .min(1, 'Type your name to sign.')
            .max(100, 'A typed signature can be at most 100 characters long.')
            .refine(
              (value) => !/\p{Cc}/u.test(value),
              'A signature cannot hold control characters.',
            )
            .refine(
              (value) => !/[\u202a-\u202e\u2066-\u2069]/.test(value),
              'A signature cannot hold characters that reverse the direction of text.',
            )
            .refine((value) => /[\p{L}\p{N}]/u.test(value), 'Type your name, in letters, to sign.'),
        ),
    }),
    z.object({
      kind: z.literal('drawn'),
      drawnSignature: z
        .string()
        .regex(PNG_DATA_URL, 'Draw your signature in the box to sign.')
        .max(Math.ceil((MAX_PNG_BYTES * 4) / 3) + 32, 'The drawn signature is too large.'),
    }),
  ],
  { error: 'Choose whether to type or draw your signature.' },
);

export type TSignatureForm = z.infer<typeof ZSignatureForm>;

/** The adopted signature of a valid form, or the first message to show the signer. */
export function parseSignatureForm(
  form: Record<string, unknown>,
): { ok: true; signature: AdoptedSignature } | { ok: false; message: string } {
  const parsed = ZSignatureForm.safeParse(form);

  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check your signature.' };
  }

  if (parsed.data.kind === 'typed') {
    return { ok: true, signature: { kind: 'typed', text: parsed.data.typedName } };
  }

  const base64 = PNG_DATA_URL.exec(parsed.data.drawnSignature)![1]!;
  const png = new Uint8Array(Buffer.from(base64, 'base64'));
  const isPng = PNG_MAGIC.every((byte, index) => png[index] === byte);

  if (!isPng) return { ok: false, message: 'Draw your signature in the box to sign.' };

  return { ok: true, signature: { kind: 'drawn', png } };
}
