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

/** C0 and C1 control characters: never part of a name, and line breaks would split mail. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
const CONTROL_CHARACTERS_BUT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;
/** Embeddings, overrides and isolates, which can make text read differently than it is. */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** What the portal's stored mail uses in place of a signing link (lib/mail/enqueue-mail.ts). */
const SIGNING_LINK_MARK = /\{\{\s*signing-link/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Text a person gives the API that the portal shows to others (names, messages): trimmed,
 * within `max` characters, without control characters (line breaks only where `lines`), without
 * characters that turn the direction of text, and without the portal's own signing-link mark.
 * With `letters`, text that is not empty must hold a letter or digit, so a name is never only
 * spaces, combining marks or invisible characters.
 */
export function ZApiText(options: {
  max: number;
  min?: number;
  lines?: boolean;
  letters?: boolean;
}) {
  const controls = options.lines ? CONTROL_CHARACTERS_BUT_LINE_BREAKS : CONTROL_CHARACTERS;

  return z
    .string()
    .trim()
    .min(options.min ?? 0)
    .max(options.max)
    .refine(
      (text) => !controls.test(text),
      options.lines
        ? 'must not hold control characters other than line breaks and tabs'
        : 'must not hold control characters such as line breaks, tabs or escapes',
    )
    .refine(
      (text) => !DIRECTION_CONTROLS.test(text),
      'must not hold characters that override the direction of text (U+202A–U+202E, U+2066–U+2069)',
    )
    .refine(
      (text) => !SIGNING_LINK_MARK.test(text),
      'must not hold "{{signing-link", which the portal keeps for the links in its mail',
    )
    .refine(
      (text) => !options.letters || text === '' || LETTER_OR_DIGIT.test(text),
      'must hold at least one letter or digit',
    );
}

/**
 * How deeply a JSON value nests objects and arrays, counted without recursion so that a
 * hostile value cannot exhaust the stack; counting stops past `limit`.
 */
export function jsonNestingDepth(value: unknown, limit: number): number {
  const pending: [unknown, number][] = [[value, 0]];
  let deepest = 0;

  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;

    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;

    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }

  return deepest;
}
