import { sql } from 'kysely';

import { createApiKey } from '@/lib/api-keys/create-api-key';
import type { PortalDatabase } from '@/lib/db/engine';

import { seedOrganization, TEST_SECRET, TINY_PDF } from './seed';

/** What a route handler module exports for one method. */
type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export const TEST_BASE_URL = 'https://portal.example.test';

/**
 * Points the app's database handle (the one `getPortalDatabase` keeps on `globalThis`) at a
 * test database, and fixes the secret and public address, so route handlers can be called
 * directly with a `Request`.
 */
export function useApiTestDatabase(database: PortalDatabase) {
  process.env.PORTAL_SECRET = TEST_SECRET;
  process.env.PUBLIC_URL = TEST_BASE_URL;
  (globalThis as { portalDatabase?: Promise<PortalDatabase> }).portalDatabase =
    Promise.resolve(database);
}

/** An organization with its owner and a working API key. */
export async function seedApiCaller(database: PortalDatabase, name = 'Test Realty') {
  const owner = await seedOrganization(database.db, name);
  const { key } = await createApiKey(database.db, { ...owner, name: 'Tests' }, new Date());

  return { ...owner, key };
}

export interface CallOptions {
  key?: string | null;
  body?: unknown;
  /** A body sent as it is, for malformed or oversized input. */
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

/** Calls a route handler as Next.js would, and reads its JSON answer. */
export async function callApi(
  handler: RouteHandler,
  method: 'GET' | 'POST',
  path: string,
  options: CallOptions = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.api_key = options.key;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  const request = new Request(`${TEST_BASE_URL}/api/v1${path}`, {
    method,
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await handler(request, {
    params: Promise.resolve(options.params ?? {}) as Promise<never>,
  });
  const isJson = response.headers.get('content-type')?.includes('json');

  return {
    status: response.status,
    response,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by shape
    json: (isJson ? await response.json() : null) as any,
  };
}

/** A multipart body of PDF parts, with RFC 5987 names for names outside ASCII. */
export function multipartBody(files: { fileName: string; content: Uint8Array }[]) {
  const boundary = 'test-boundary-7d2a';
  const parts = files.flatMap((file) => {
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_');
    const disposition =
      `form-data; name="file"; filename="${ascii}"` +
      (ascii === file.fileName ? '' : `; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);

    return [
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`),
      Buffer.from('Content-Type: application/pdf\r\n\r\n'),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    ];
  });

  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export { TINY_PDF };

/** Row counts of the tables a request could change, to show that a refusal changed nothing. */
export async function rowCounts(database: PortalDatabase) {
  const tables = [
    'packages',
    'documents',
    'signers',
    'revisions',
    'signing_links',
    'files',
    'audit_events',
    'outbox_messages',
  ] as const;
  const counts: Record<string, number> = {};

  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }

  return counts;
}
