import { z } from 'zod';

import type { AdoptedSignature } from './sign-revision';

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A drawn signature is a PNG of at most 512 KiB and 2,000 pixels a side (the pad draws 900). */
const MAX_PNG_BYTES = 512 * 1024;
const MAX_PNG_SIDE = 2000;

/**
 * Every message the signing form can answer with. A page that is sent one of them in its
 * address shows it; any other text there is ignored, so a link cannot put words in our mouth.
 */
export const SIGNATURE_FORM_MESSAGES = {
  typedEmpty: 'Type your name to sign.',
  typedTooLong: 'A typed signature can be at most 100 characters long.',
  controlCharacters: 'A signature cannot hold control characters.',
  directionOverride: 'A signature cannot hold characters that reverse the direction of text.',
  noLetters: 'Type your name, in letters, to sign.',
  drawnMissing: 'Draw your signature in the box to sign.',
  drawnTooLarge: 'The drawn signature is too large.',
  chooseKind: 'Choose whether to type or draw your signature.',
  unreadable: 'Check your signature.',
} as const;

const M = SIGNATURE_FORM_MESSAGES;

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
            .min(1, M.typedEmpty)
            .max(100, M.typedTooLong)
            .refine((value) => !/\p{Cc}/u.test(value), M.controlCharacters)
            .refine((value) => !/[\u202a-\u202e\u2066-\u2069]/.test(value), M.directionOverride)
            .refine((value) => /[\p{L}\p{N}]/u.test(value), M.noLetters),
        ),
    }),
    z.object({
      kind: z.literal('drawn'),
      drawnSignature: z
        .string()
        .regex(PNG_DATA_URL, M.drawnMissing)
        .max(Math.ceil((MAX_PNG_BYTES * 4) / 3) + 32, M.drawnTooLarge),
    }),
  ],
  { error: M.chooseKind },
);

export type TSignatureForm = z.infer<typeof ZSignatureForm>;

/** The adopted signature of a valid form, or the first message to show the signer. */
export function parseSignatureForm(
  form: Record<string, unknown>,
): { ok: true; signature: AdoptedSignature } | { ok: false; message: string } {
  const parsed = ZSignatureForm.safeParse(form);

  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? M.unreadable };
  }

  if (parsed.data.kind === 'typed') {
    return { ok: true, signature: { kind: 'typed', text: parsed.data.typedName } };
  }

  const base64 = PNG_DATA_URL.exec(parsed.data.drawnSignature)![1]!;
  const png = new Uint8Array(Buffer.from(base64, 'base64'));
  const isPng = PNG_MAGIC.every((byte, index) => png[index] === byte);

  if (!isPng) return { ok: false, message: M.drawnMissing };

  const size = pngSize(png);
  if (!size) return { ok: false, message: M.drawnMissing };

  if (size.width > MAX_PNG_SIDE || size.height > MAX_PNG_SIDE) {
    return { ok: false, message: M.drawnTooLarge };
  }

  return { ok: true, signature: { kind: 'drawn', png } };
}

/** The width and height in a PNG's header chunk, or null when the header is not there. */
function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24) return null;

  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunkType = String.fromCharCode(...png.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;

  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The message to show for a `?problem=` in a signer page's address, if it is one of ours. */
export function knownSignatureProblem(
  text: string | undefined,
  others: readonly string[] = [],
): string | null {
  if (!text) return null;

  const known: readonly string[] = [...Object.values(SIGNATURE_FORM_MESSAGES), ...others];

  return known.includes(text) ? text : null;
}
