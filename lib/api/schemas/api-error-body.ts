import { z } from 'zod';

/** The body of every refusal of the API (see `ApiError`). */
export const ZApiErrorBody = z.object({
  error: z.string().describe('A code a program can act on, such as package_invalid_type.'),
  message: z.string().describe('One sentence a developer can act on.'),
});
