import { z } from 'zod';

/** One file in the answer of `files/upload`. */
export const ZUploadedFile = z.object({
  fileId: z.string().nullable(),
  externalId: z.string().nullable(),
  fileName: z.string(),
  isInvalid: z.boolean(),
  isPasswordProtected: z.boolean(),
  isNotSupported: z.boolean(),
  error: z.string().nullable(),
  message: z.string().nullable(),
  type: z.literal('temporary'),
});

export type TUploadedFile = z.output<typeof ZUploadedFile>;

export const ZUploadAnswer = z.object({ files: z.array(ZUploadedFile) });
