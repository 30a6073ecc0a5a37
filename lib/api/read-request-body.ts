import { readLimitedBody } from '@/lib/http/read-limited-body';

import { ApiError } from './api-error';

/** The largest JSON body the API reads. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** The largest multipart upload the API reads in one request. */
export const UPLOAD_BODY_LIMIT = 25 * 1024 * 1024;

function tooLarge(limit: number): ApiError {
  return new ApiError(
    'too_large',
    'request_too_large',
    `The request body is larger than ${Math.round(limit / 1024)} KB; send less in one request.`,
  );
}

/**
 * The raw body of a request, read no further than `limit` bytes: a longer body is refused
 * with 413 as soon as it is known to be longer, before it is held in memory whole.
 */
export async function readRequestBody(request: Request, limit: number): Promise<Uint8Array> {
  const body = await readLimitedBody(request, limit);
  if (body === null) throw tooLarge(limit);

  return body;
}

/** The JSON body of a request; an empty body is an empty object. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readRequestBody(request, JSON_BODY_LIMIT);
  const text = new TextDecoder().decode(bytes).trim();

  if (text === '') return {};

  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      'invalid',
      'request_invalid_json',
      `The request body is not valid JSON (${(error as Error).message}).`,
    );
  }
}
