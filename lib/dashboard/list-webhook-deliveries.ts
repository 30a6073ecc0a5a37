import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

/** One event for one endpoint that has not reached it: still being tried, or given up. */
export interface WebhookDeliveryEntry {
  id: string;
  eventId: string;
  action: string;
  packageId: string | null;
  /** Null once the package has been deleted. */
  packageName: string | null;
  endpointName: string;
  endpointUrl: string;
  createdAt: string;
  attempts: number;
  lastAttemptAt: string | null;
  lastError: string | null;
  /** When it is tried next; meaningless once failed. */
  availableAt: string;
  failedAt: string | null;
}

export interface WebhookEndpointEntry {
  endpointId: string;
  name: string;
  url: string;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookOverview {
  endpoints: WebhookEndpointEntry[];
  failed: WebhookDeliveryEntry[];
  pending: WebhookDeliveryEntry[];
  /** How many deliveries of each kind there are in all, beyond the ones listed. */
  failedTotal: number;
  pendingTotal: number;
}

/** The most recent deliveries of each kind that the page lists. */
export const WEBHOOK_LIST_LIMIT = 50;

/**
 * The organization's webhook endpoints and the events that have not reached them, failed
 * ones and those still waiting, newest first. Only the organization's own rows are read.
 */
export async function listWebhookDeliveries(
  db: Kysely<Database>,
  organizationId: string,
): Promise<WebhookOverview> {
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select(['id as endpointId', 'name', 'url', 'created_at as createdAt'])
    .select('updated_at as updatedAt')
    .where('organization_id', '=', organizationId)
    .orderBy('name')
    .execute();

  const [failed, pending, failedTotal, pendingTotal] = await Promise.all([
    selectEntries(undelivered(db, organizationId, true)),
    selectEntries(undelivered(db, organizationId, false)),
    countOf(undelivered(db, organizationId, true)),
    countOf(undelivered(db, organizationId, false)),
  ]);

  return { endpoints, failed, pending, failedTotal, pendingTotal };
}

/** The organization's events that have not reached their endpoint: failed, or still tried. */
function undelivered(db: Kysely<Database>, organizationId: string, failed: boolean) {
  return db
    .selectFrom('webhook_outbox as w')
    .innerJoin('webhook_endpoints as e', 'e.id', 'w.endpoint_id')
    .leftJoin('packages as p', (join) =>
      join.onRef('p.id', '=', 'w.package_id').on('p.organization_id', '=', organizationId),
    )
    .where('w.organization_id', '=', organizationId)
    .where('e.organization_id', '=', organizationId)
    .where('w.delivered_at', 'is', null)
    .where('w.failed_at', failed ? 'is not' : 'is', null);
}

type UndeliveredQuery = ReturnType<typeof undelivered>;

async function selectEntries(query: UndeliveredQuery): Promise<WebhookDeliveryEntry[]> {
  const rows = await query
    .select([
      'w.id',
      'w.event_id as eventId',
      'w.action',
      'w.package_id as packageId',
      'p.name as packageName',
      'e.name as endpointName',
      'e.url as endpointUrl',
      'w.created_at as createdAt',
      'w.attempts',
      'w.last_attempt_at as lastAttemptAt',
      'w.last_error as lastError',
      'w.available_at as availableAt',
      'w.failed_at as failedAt',
    ])
    .orderBy('w.created_at', 'desc')
    .orderBy('w.id')
    .limit(WEBHOOK_LIST_LIMIT)
    .execute();

  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

async function countOf(query: UndeliveredQuery): Promise<number> {
  const row = await query
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();

  return Number(row.count);
}
