import type { z } from 'zod';

import { ApiError, type ApiErrorKind } from './api-error';

/** What the items of a list field are called in error codes: `signers[0].email` → `signer`. */
const ITEM_TYPES: Record<string, string> = {
  signers: 'signer',
  documents: 'document',
  meeting: 'meeting',
};

/**
 * The API's answer to the first problem zod found in a request: a code in the contract's
 * patterns (`package_invalid_type`, `signer_length_email`) and a sentence that says what was
 * expected, listing the accepted values of an enumeration.
 */
export function apiErrorFromZod(error: z.ZodError, type: string): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError('invalid', `${type}_invalid_request`, 'The request is invalid.');

  const { owner, field, label } = describePath(issue.path, type);
  const got = 'input' in issue ? ` (got ${describeValue(issue.input)})` : '';

  switch (issue.code) {
    case 'invalid_value': {
      const accepted = issue.values.map((value) => JSON.stringify(value)).join(', ');

      return new ApiError(
        'invalid',
        `${owner}_invalid_${field}`,
        `${label} must be one of ${accepted}, exactly as written${got}.`,
      );
    }

    case 'too_big':
    case 'too_small': {
      const kind: ApiErrorKind = issue.origin === 'number' ? 'range' : 'length';
      const bound =
        issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      const unit = { string: ' characters', array: ' items' }[String(issue.origin)] ?? '';

      return new ApiError(kind, `${owner}_${kind}_${field}`, `${label} must be ${bound}${unit}.`);
    }

    case 'invalid_type':
      return new ApiError(
        'invalid',
        `${owner}_invalid_${field}`,
        issue.input === undefined
          ? `${label} is required.`
          : `${label} must be ${article(issue.expected)}${got}.`,
      );

    default:
      return new ApiError('invalid', `${owner}_invalid_${field}`, `${label}: ${issue.message}`);
  }
}

function describePath(path: PropertyKey[], type: string) {
  const names = path.map(String);
  const label = path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index ? `.${String(part)}` : part,
    )
    .join('');

  if (names.length === 0) return { owner: 'request', field: 'body', label: 'The request body' };

  const listType = ITEM_TYPES[names[0]!];
  const last = [...path].reverse().find((part) => typeof part === 'string');
  if (listType && names.length > 1 && last !== names[0]) {
    return { owner: listType, field: String(last), label };
  }

  return { owner: type, field: names[0]!, label };
}

function describeValue(value: unknown): string {
  const text = stringifyOrNull(value) ?? (Array.isArray(value) ? 'a list' : typeof value);

  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** JSON of a value, or null for one too deeply nested to write (or without a JSON form). */
function stringifyOrNull(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';

  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
