import { z } from 'zod';

/** Every message the decline form can answer with (see `knownSignatureProblem`). */
export const DECLINE_FORM_MESSAGES = {
  tooLong: 'A reason can be at most 1,000 characters long.',
  controlCharacters: 'A reason cannot hold control characters.',
  unreadable: 'Check your reason.',
} as const;

/** What a signer sends to decline: an optional reason, trimmed, empty meaning none. */
export const ZDeclineForm = z.object({
  reason: z
    .string()
    .max(1000, DECLINE_FORM_MESSAGES.tooLong)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value), {
      message: DECLINE_FORM_MESSAGES.controlCharacters,
    })
    .optional()
    .transform((value) => value?.trim() || null),
});
