import type { z } from 'zod';

import { apiErrorFromZod } from './api-error-from-zod';

/**
 * Parses a request's input with its schema. Unknown fields are dropped; anything else that
 * does not fit is refused with the first problem, named for `type` (`package`, `file`, …).
 */
export function parseApiInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  type: string,
): z.output<Schema> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw apiErrorFromZod(result.error, type);

  return result.data;
}
