import type { Kysely } from 'kysely';

import { authenticateApiKey, type ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import type { RequestMetadata } from '@/lib/audit/record-audit-event';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { clientAddress } from '@/lib/http/client-address';
import { logger } from '@/lib/logging/logger';
import { loggablePath } from '@/lib/logging/loggable-path';
import { hitRateLimit, type RateLimitVerdict } from '@/lib/rate-limit/rate-limit';
import { rateLimitRule } from '@/lib/rate-limit/rate-limit-rules';

import { ApiError, type ApiErrorBody } from './api-error';

/** Everything a package API handler needs, gathered once per request. */
export interface ApiContext {
  db: Kysely<Database>;
  /** The organization (and member) the request's key belongs to. */
  caller: ApiCaller;
  /** IP address and user agent, for the audit trail. */
  metadata: RequestMetadata;
  now: Date;
  /** `X-Api-Version`, when the client sent one (`3.6` sees older states). */
  apiVersion: string | null;
}

type RouteContext<Params> = { params: Promise<Params> };

/** A JSON answer of the API, with the headers every API answer carries. */
export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** 429 with `Retry-After`, in the API's error body. */
function rateLimited(verdict: RateLimitVerdict, whose: string): Response {
  const body: ApiErrorBody = {
    error: 'request_rate_limited',
    message: `Too many requests ${whose}; try again in ${verdict.retryAfterSeconds} seconds.`,
  };

  return Response.json(body, {
    status: 429,
    headers: { 'Cache-Control': 'no-store', 'Retry-After': String(verdict.retryAfterSeconds) },
  });
}

/**
 * Wraps a package API handler: counts the request against the limits per IP address and per
 * key (429 with `Retry-After` beyond either), authenticates the `api_key` header (403 when it
 * is missing, unknown or revoked), and turns an `ApiError` into its status and
 * `{error, message}` body. Anything unexpected is logged in full and answered with a bland 500.
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (request: Request, context: ApiContext, params: Params) => Promise<Response>,
) {
  return async (request: Request, route: RouteContext<Params>): Promise<Response> => {
    try {
      const { db } = await getPortalDatabase();
      const at = now();
      const metadata = metadataOf(request);

      if (metadata.ipAddress) {
        const rule = rateLimitRule('apiPerIpAddress');
        const verdict = await hitRateLimit(db, rule, metadata.ipAddress, at);
        if (!verdict.allowed) return rateLimited(verdict, 'from this IP address');
      }

      const caller = await authenticateApiKey(db, request.headers.get('api_key'), at);

      if (!caller) {
        throw new ApiError(
          'not_authorized',
          'api_key_not_authorized',
          'Send a valid API key in the api_key header; this one is missing, unknown or revoked.',
        );
      }

      // A caller found by its key always has the key's id; the organization stands in for type's
      // sake only.
      const keySubject = caller.apiKeyId ?? caller.organizationId;
      const verdict = await hitRateLimit(db, rateLimitRule('apiPerKey'), keySubject, at);
      if (!verdict.allowed) return rateLimited(verdict, 'with this API key');

      const context: ApiContext = {
        db,
        caller,
        metadata,
        now: at,
        apiVersion: request.headers.get('x-api-version'),
      };

      return await handler(request, context, await route.params);
    } catch (error) {
      if (error instanceof ApiError) return apiJson(error.toBody(), error.status);

      logger.error({
        msg: 'API request failed',
        requestId: request.headers.get('x-request-id'),
        method: request.method,
        path: loggablePath(new URL(request.url).pathname),
        err: error,
      });
      const body: ApiErrorBody = {
        error: 'internal_error',
        message: 'Something went wrong on our side. Try again later.',
      };

      return apiJson(body, 500);
    }
  };
}

/** The IP address and user agent of a request, read from its own headers. */
function metadataOf(request: Request): RequestMetadata {
  return {
    ipAddress: clientAddress(request.headers.get('x-forwarded-for')),
    userAgent: request.headers.get('user-agent')?.slice(0, 512) ?? null,
  };
}
