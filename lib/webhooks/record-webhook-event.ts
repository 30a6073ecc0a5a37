import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import { formatApiInstant } from '@/lib/api/api-time';
import type { Database } from '@/lib/db/schema';
import { nextRevisionIds } from '@/lib/domain/turns';

import {
  ZDeclineEventBody,
  ZDocumentEventBody,
  ZPackageEventBody,
  type WebhookAction,
} from './webhook-event-body';

export interface WebhookEventInput {
  action: WebhookAction;
  packageId: string;
  /** When the change happened, as stored (UTC ISO); the body's `eventTime`. */
  at: string;
  /** For `document_signed` and `document_executed`: the signature that caused it. */
  document?: { documentId: string; revisionId: string; signerId: string };
  /** For `package_decline`. */
  decline?: { signerId: string; declineReason: string | null };
}

/**
 * Writes one event to the webhook outbox, one row for each endpoint of the package's
 * organization, all with the same `eventId`. Call it inside the transaction of the change it
 * reports, after the change, so the body tells the package as the change left it; when the
 * change rolls back, so does the event. An organization without endpoints gets no rows.
 * Returns the event's id, or null when no endpoint was there to receive it.
 */
export async function recordWebhookEvent(
  trx: Kysely<Database>,
  event: WebhookEventInput,
): Promise<string | null> {
  const pkg = await trx
    .selectFrom('packages')
    .select(['id', 'organization_id', 'member_id', 'external_data'])
    .where('id', '=', event.packageId)
    .executeTakeFirstOrThrow();

  const endpoints = await trx
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('organization_id', '=', pkg.organization_id)
    .orderBy('created_at')
    .execute();
  if (endpoints.length === 0) return null;

  const eventId = randomUUID();
  const body = JSON.stringify(await eventBody(trx, event, eventId, pkg));

  await trx
    .insertInto('webhook_outbox')
    .values(
      endpoints.map((endpoint) => ({
        id: randomUUID(),
        event_id: eventId,
        endpoint_id: endpoint.id,
        organization_id: pkg.organization_id,
        package_id: pkg.id,
        action: event.action,
        body,
        created_at: event.at,
        available_at: event.at,
        claimed_until: null,
        claim_id: null,
        attempts: 0,
        last_attempt_at: null,
        last_error: null,
        delivered_at: null,
        failed_at: null,
      })),
    )
    .execute();

  return eventId;
}

/** The body as the contract has it, shaped by its schema so nothing else slips in. */
async function eventBody(
  trx: Kysely<Database>,
  event: WebhookEventInput,
  eventId: string,
  pkg: {
    id: string;
    organization_id: string;
    member_id: string | null;
    external_data: string | null;
  },
) {
  const base = {
    action: event.action,
    eventId,
    eventTime: formatApiInstant(event.at),
    packageId: pkg.id,
    externalData: pkg.external_data ? (JSON.parse(pkg.external_data) as object) : null,
    eventOwnerOrganizationId: pkg.organization_id,
    eventOwnerMemberId: pkg.member_id,
  };

  if (event.document) {
    const document = await trx
      .selectFrom('documents')
      .select('external_id')
      .where('id', '=', event.document.documentId)
      .executeTakeFirstOrThrow();

    return ZDocumentEventBody.parse({
      ...base,
      ...event.document,
      nextSignerId: await nextSignerId(trx, pkg.id, new Date(event.at)),
      externalId: document.external_id,
    });
  }

  if (event.decline) {
    return ZDeclineEventBody.parse({ ...base, ...event.decline, rescinded: true });
  }

  return ZPackageEventBody.parse(base);
}

/**
 * Whose turn it is now, by the package's rules: the first signer, in signing order, with a
 * revision they may sign. Null when nobody may sign (executed, closed, or a meeting not yet
 * started).
 */
async function nextSignerId(
  trx: Kysely<Database>,
  packageId: string,
  now: Date,
): Promise<string | null> {
  const [pkg, signers, revisions] = await Promise.all([
    trx
      .selectFrom('packages')
      .select(['type', 'state', 'time_sign_by', 'meeting_time_start'])
      .where('id', '=', packageId)
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom('signers')
      .select(['id as signerId', 'sort_order as order'])
      .where('package_id', '=', packageId)
      .orderBy('sort_order')
      .orderBy('created_at')
      .execute(),
    trx
      .selectFrom('revisions')
      .select(['id as revisionId', 'document_id as documentId', 'signer_id as signerId'])
      .select('signed_at as signedAt')
      .where('package_id', '=', packageId)
      .execute(),
  ]);

  const next = nextRevisionIds(
    {
      type: pkg.type,
      state: pkg.state,
      timeSignBy: pkg.time_sign_by,
      meetingTimeStart: pkg.meeting_time_start,
    },
    signers.map((signer) => ({ ...signer, order: Number(signer.order) })),
    revisions,
    now,
  );
  const waiting = new Set(
    revisions.filter((revision) => next.has(revision.revisionId)).map((r) => r.signerId),
  );

  return signers.find((signer) => waiting.has(signer.signerId))?.signerId ?? null;
}
