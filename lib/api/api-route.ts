import type { Kysely } from 'kysely';

import { authenticateApiKey, type ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import type { RequestMetadata } from '@/lib/audit/record-audit-event';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

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

/**
 * Wraps a package API handler: authenticates the `api_key` header (403 when it is missing,
 * unknown or revoked), and turns an `ApiError` into its status and `{error, message}` body.
 * Anything unexpected is logged in full and answered with a bland 500.
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (request: Request, context: ApiContext, params: Params) => Promise<Response>,
) {
  return async (request: Request, route: RouteContext<Params>): Promise<Response> => {
    try {
      const { db } = await getPortalDatabase();
      const at = now();
      const caller = await authenticateApiKey(db, request.headers.get('api_key'), at);

      if (!caller) {
        throw new ApiError(
          'not_authorized',
          'api_key_not_authorized',
          'Send a valid API key in the api_key header; this one is missing, unknown or revoked.',
        );
      }

      const context: ApiContext = {
        db,
        caller,
        metadata: metadataOf(request),
        now: at,
        apiVersion: request.headers.get('x-api-version'),
      };

      return await handler(request, context, await route.params);
    } catch (error) {
      if (error instanceof ApiError) return apiJson(error.toBody(), error.status);

      console.error(`API ${request.method} ${new URL(request.url).pathname} failed`, error);
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
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();

  return {
    ipAddress: (forwarded || request.headers.get('x-real-ip') || null)?.slice(0, 64) ?? null,
    userAgent: request.headers.get('user-agent')?.slice(0, 512) ?? null,
  };
}
