import { randomUUID } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

import { logger } from './logger';
import { loggablePath } from './loggable-path';

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  socket: TLSSocket;
}

/**
 * Prepares each request the moment the server receives it, before Next.js or the proxy sees it:
 *
 * - gives it a request id, as the `x-request-id` request header (replacing any the client
 *   sent) and the `X-Request-Id` response header;
 * - writes the connection's own address last in `X-Forwarded-For` and its own scheme in
 *   `X-Forwarded-Proto` (behind `TRUST_PROXY=1`, after the proxy's; without it, instead of
 *   anything the client wrote), so that lib/http/client-address.ts reads an address nobody
 *   can forge;
 * - logs one line when the response is done: id, method, path (tokens and query values
 *   redacted), status, duration in milliseconds, and whether the client left before the end.
 *
 * Node's HTTP server announces each request on a diagnostics channel, which sees every request
 * whatever answers it: pages, route handlers, the proxy's own answers and static files.
 * Returns the function that stops it.
 */
export function startRequestLog(): () => void {
  const state = globalThis as { portalRequestLog?: () => void };
  if (state.portalRequestLog) return state.portalRequestLog;

  const onRequestStart = (message: unknown) => {
    const { request, response, socket } = message as RequestStart;
    const started = process.hrtime.bigint();
    const requestId = randomUUID();

    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    believeOnlyTheConnection(request, socket);

    response.once('close', () => {
      logger.info({
        msg: 'request',
        requestId,
        method: request.method,
        path: loggablePath(request.url ?? ''),
        status: response.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    });
  };

  diagnostics.subscribe('http.server.request.start', onRequestStart);
  state.portalRequestLog = () => {
    diagnostics.unsubscribe('http.server.request.start', onRequestStart);
    delete state.portalRequestLog;
  };

  return state.portalRequestLog;
}

function believeOnlyTheConnection(request: IncomingMessage, socket: TLSSocket) {
  const trustProxy = process.env.TRUST_PROXY === '1';
  const address = socket?.remoteAddress ?? '';
  const scheme = socket?.encrypted ? 'https' : 'http';
  const forwardedFor = joinedHeader(request.headers['x-forwarded-for']);
  const forwardedProto = joinedHeader(request.headers['x-forwarded-proto']);

  request.headers['x-forwarded-for'] =
    trustProxy && forwardedFor ? `${forwardedFor}, ${address}` : address;
  request.headers['x-forwarded-proto'] = trustProxy && forwardedProto ? forwardedProto : scheme;
}

function joinedHeader(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
