import { z } from 'zod';

import { isValidTimeZone } from '@/lib/time/zones';

import { INSTANT_EXAMPLE, parseApiInstant } from '../api-time';

/** An ISO 8601 time with an explicit offset, parsed to the stored UTC instant. */
export const ZApiInstant = z.string().transform((text, context) => {
  const instant = parseApiInstant(text);
  if (instant) return instant;

  context.addIssue({
    code: 'custom',
    input: text,
    message: `must be an ISO 8601 time with 0 to 7 fractional digits and an explicit offset, like ${INSTANT_EXAMPLE} (got ${JSON.stringify(text)})`,
  });

  return z.NEVER;
});

/** An ISO 8601 duration of hours and minutes, like `PT1H` or `PT1H30M`. */
export const ZApiDuration = z
  .string()
  .regex(/^PT(?=\d)(\d+H)?(\d+M)?$/, 'must be an ISO 8601 duration like PT1H or PT45M');

/** An IANA time zone such as `America/New_York`. */
export const ZApiTimeZone = z
  .string()
  .refine(isValidTimeZone, 'must be an IANA time zone such as America/New_York');

/** An id of the API: a UUID string. Other text is simply not found. */
export const ZApiId = z.string().max(64);

/** `take` and `skip`: `take` is capped, never refused for being large. */
export const MAX_TAKE = 100;
export const ZTake = z
  .int()
  .min(0)
  .default(25)
  .transform((take) => Math.min(take, MAX_TAKE));
export const ZSkip = z.int().min(0).default(0);
