import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

import { deriveEndpointSecret, signatureHeader } from './webhook-signature';

export interface WebhookDeliveryOptions {
  /** The server secret, from which each endpoint's signing secret is derived. */
  secret: string;
  now: Date;
  /** How long a receiver has to answer; the contract says 10 seconds. */
  timeoutMs?: number;
  /** At most this many events in one pass. */
  batch?: number;
}

export interface WebhookDeliveryPass {
  /** Events this pass claimed and tried. */
  tried: number;
  delivered: number;
  /** Events given up for good in this pass. */
  failed: number;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** The first retry waits this long; each next one twice as long as the one before. */
export const FIRST_RETRY_MS = 60_000;
/** An event still failing this long after it happened is given up and marked failed. */
export const GIVE_UP_AFTER_MS = 24 * 3600 * 1000;
/** Longer than any attempt can take, so a claim outlives the attempt it covers. */
const CLAIM_MS = 60_000;

/**
 * Delivers what is due in the webhook outbox: a POST of the stored JSON body, signed with the
 * endpoint's secret in `X-Signature`. A 2xx answer delivers the event; anything else, a
 * redirect, a network error or no answer within the timeout is retried with exponential
 * backoff, from one minute up, until a day after the event, and then marked failed for the
 * owner to see. Delivery is at least once: an instance that dies after the receiver answered
 * but before recording it leaves the event to be sent again, with the same `eventId`.
 *
 * Several instances may run this at once on one database: each event is claimed with a
 * conditional update, so only one instance at a time sends it.
 */
export async function deliverWebhooks(
  db: Kysely<Database>,
  options: WebhookDeliveryOptions,
): Promise<WebhookDeliveryPass> {
  const now = options.now.toISOString();
  const due = await db
    .selectFrom('webhook_outbox as w')
    .innerJoin('webhook_endpoints as e', 'e.id', 'w.endpoint_id')
    .select(['w.id', 'w.body', 'w.attempts', 'w.created_at', 'e.id as endpointId'])
    .select(['e.url', 'e.secret_salt as secretSalt'])
    .where('w.delivered_at', 'is', null)
    .where('w.failed_at', 'is', null)
    .where('w.available_at', '<=', now)
    .where((eb) => eb.or([eb('w.claimed_until', 'is', null), eb('w.claimed_until', '<', now)]))
    .orderBy('w.available_at')
    .orderBy('w.created_at')
    .limit(options.batch ?? 20)
    .execute();

  const claimed: ((typeof due)[number] & { claimId: string })[] = [];

  for (const event of due) {
    const claimId = randomUUID();
    const claim = await db
      .updateTable('webhook_outbox')
      .set({
        claim_id: claimId,
        claimed_until: new Date(options.now.getTime() + CLAIM_MS).toISOString(),
      })
      .where('id', '=', event.id)
      .where('delivered_at', 'is', null)
      .where('failed_at', 'is', null)
      // Another instance may have tried it since it was read: then it is not due any more.
      .where('available_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .executeTakeFirst();

    if (Number(claim.numUpdatedRows) === 1) claimed.push({ ...event, claimId });
  }

  // One slow receiver must not hold up the others' events.
  const outcomes = await Promise.all(
    claimed.map(async (event) => {
      const error = await post(event, options);
      const attempts = event.attempts + 1;
      const retryAt = options.now.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1);
      const givenUp = error !== null && retryAt - Date.parse(event.created_at) > GIVE_UP_AFTER_MS;

      // Recorded only while the claim is still this instance's.
      await db
        .updateTable('webhook_outbox')
        .set({
          attempts,
          last_attempt_at: now,
          last_error: error,
          delivered_at: error === null ? now : null,
          failed_at: givenUp ? now : null,
          available_at: error === null || givenUp ? now : new Date(retryAt).toISOString(),
          claimed_until: null,
          claim_id: null,
        })
        .where('id', '=', event.id)
        .where('claim_id', '=', event.claimId)
        .execute();

      if (error === null) return 'delivered' as const;

      return givenUp ? ('failed' as const) : ('retry' as const);
    }),
  );

  return {
    tried: claimed.length,
    delivered: outcomes.filter((outcome) => outcome === 'delivered').length,
    failed: outcomes.filter((outcome) => outcome === 'failed').length,
  };
}

/** Sends one event; null when the receiver took it, otherwise what went wrong, in words. */
async function post(
  event: { endpointId: string; url: string; secretSalt: string; body: string },
  options: WebhookDeliveryOptions,
): Promise<string | null> {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const secret = deriveEndpointSecret(options.secret, event.endpointId, event.secretSalt);

  try {
    const response = await fetch(event.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'signer-portal-webhooks/1',
        'x-signature': signatureHeader(secret, event.body, options.now),
      },
      body: event.body,
      // A redirect is an answer other than 2xx: the event is not followed elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });

    // Only the status matters; the body is let go unread.
    await response.body?.cancel().catch(() => undefined);

    return response.ok ? null : `The endpoint answered HTTP ${response.status}.`;
  } catch (error) {
    return describeFailure(error, timeoutMs);
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `The endpoint did not answer within ${timeoutMs / 1000} seconds.`;
  }

  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error | null)?.message ?? 'unknown';

  return `The endpoint could not be reached (${reason}).`.slice(0, 500);
}
