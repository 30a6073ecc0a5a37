/**
 * The kinds of failure the package API reports, each with its one HTTP status. A code names
 * the kind and what it is about, following the contract's patterns: `package_not_found`,
 * `package_invalid_type`, `signer_length_email`, `package_wrong_state`.
 */
export const API_ERROR_STATUS = {
  invalid: 400,
  length: 400,
  range: 400,
  rule: 400,
  not_authorized: 403,
  not_found: 404,
  wrong_state: 409,
  too_large: 413,
  too_many: 429,
  internal: 500,
} as const;

export type ApiErrorKind = keyof typeof API_ERROR_STATUS;

/** The JSON body of every refusal. */
export interface ApiErrorBody {
  error: string;
  message: string;
}

/** A refusal the API explains to the caller: a code a program can act on and a sentence. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return API_ERROR_STATUS[this.kind];
  }

  toBody(): ApiErrorBody {
    return { error: this.code, message: this.message };
  }
}

/** `{type}_not_found`: no such thing in the caller's organization (or anywhere). */
export function notFound(type: string, id: string): ApiError {
  return new ApiError('not_found', `${type}_not_found`, `No ${type} with id "${id}" was found.`);
}

/** `{type}_wrong_state`: the thing exists but its state does not allow this change now. */
export function wrongState(type: string, message: string): ApiError {
  return new ApiError('wrong_state', `${type}_wrong_state`, message);
}
