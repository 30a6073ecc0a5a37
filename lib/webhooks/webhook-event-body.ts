import { z } from 'zod';

/** The events of the package API's webhooks, as each body's `action` names them. */
export const WEBHOOK_ACTIONS = [
  'package_add',
  'package_update',
  'package_send',
  'document_signed',
  'document_executed',
  'package_executed',
  'package_decline',
  'package_rescind',
  'package_expired',
] as const;

export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

/** The events about one document's signatures, which carry the document's fields. */
export const DOCUMENT_ACTIONS = ['document_signed', 'document_executed'] as const;

/** What every webhook body has. */
export const ZPackageEventBody = z.object({
  action: z.enum(WEBHOOK_ACTIONS),
  /** The same for every endpoint and every attempt, so receivers can drop repeats. */
  eventId: z.string(),
  eventTime: z.string(),
  packageId: z.string(),
  externalData: z.record(z.string(), z.unknown()).nullable(),
  eventOwnerOrganizationId: z.string(),
  eventOwnerMemberId: z.string().nullable(),
});

/** `document_signed` and `document_executed`. */
export const ZDocumentEventBody = ZPackageEventBody.extend({
  documentId: z.string(),
  revisionId: z.string(),
  signerId: z.string(),
  /** The signer whose turn it is after this event, or null when nobody's is. */
  nextSignerId: z.string().nullable(),
  externalId: z.string().nullable(),
});

/** `package_decline`: a signer declined, which rescinds the package. */
export const ZDeclineEventBody = ZPackageEventBody.extend({
  signerId: z.string(),
  declineReason: z.string().nullable(),
  rescinded: z.boolean(),
});

export type TWebhookEventBody =
  | z.output<typeof ZPackageEventBody>
  | z.output<typeof ZDocumentEventBody>
  | z.output<typeof ZDeclineEventBody>;
