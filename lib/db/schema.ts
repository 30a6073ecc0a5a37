import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as stored. Instants are ISO 8601 text in UTC with milliseconds and `Z`, which sort
 * and compare the same way on both engines; flags are 0 or 1; PDF bytes are blobs.
 */
export interface Database {
  organizations: OrganizationTable;
  members: MemberTable;
  files: FileTable;
  packages: PackageTable;
  documents: DocumentTable;
  signers: SignerTable;
  revisions: RevisionTable;
  signing_links: SigningLinkTable;
  audit_events: AuditEventTable;
  outbox_messages: OutboxMessageTable;
  rate_limit_counters: RateLimitCounterTable;
  api_keys: ApiKeyTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_outbox: WebhookOutboxTable;
}

export interface OrganizationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface MemberTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  time_zone: string | null;
  created_at: string;
}

export interface FileTable {
  id: string;
  organization_id: string;
  file_name: string;
  content: Uint8Array;
  sha256: string;
  byte_size: number;
  page_count: number;
  /** `temporary` (uploaded, not yet in a package), `original` or `signed`. */
  kind: string;
  /** The `externalId` an integration gave the upload, carried on to its document. */
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

export interface PackageTable {
  id: string;
  organization_id: string;
  member_id: string | null;
  name: string;
  type: string;
  state: string;
  time_sign_by: string | null;
  time_zone: string | null;
  locale: string | null;
  external_data: string | null;
  generate_signer_links: number;
  meeting_time_start: string | null;
  meeting_duration: string | null;
  meeting_is_private: number;
  rescind_message: string | null;
  declined_by_signer_id: string | null;
  decline_reason: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  executed_at: string | null;
}

export interface DocumentTable {
  id: string;
  package_id: string;
  file_id: string;
  name: string;
  file_name: string;
  external_id: string | null;
  sort_order: number;
  created_at: string;
  /** The file with every signature made on this document so far; null until the first. */
  current_file_id: string | null;
}

export interface SignerTable {
  id: string;
  package_id: string;
  first_name: string;
  last_name: string;
  email: string;
  mobile_number: string | null;
  sort_order: number;
  created_at: string;
  /** When the signer was last mailed an invitation or a reminder; null when never. */
  last_notified_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RevisionTable {
  id: string;
  package_id: string;
  document_id: string;
  signer_id: string;
  signed_at: string | null;
  signed_file_id: string | null;
  signed_sha256: string | null;
}

export interface SigningLinkTable {
  id: string;
  package_id: string;
  signer_id: string;
  /** SHA-256 of the token, for look-up. The token itself is never stored. */
  token_hash: string;
  /** Random salt from which, with the server secret, the token can be derived again. */
  token_salt: string;
  time_expires: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  organization_id: string;
  /** Kept after a package is deleted, so the trail outlives it. */
  package_id: string | null;
  signer_id: string | null;
  member_id: string | null;
  action: string;
  occurred_at: string;
  ip_address: string | null;
  user_agent: string | null;
  details: string | null;
}

export interface OutboxMessageTable {
  id: string;
  organization_id: string;
  recipient: string;
  subject: string;
  /**
   * Plain text. Signing links appear as `{{signing-link:<link id>}}` and are derived again
   * when the message is sent, so that no working token is ever stored.
   */
  body: string;
  created_at: string;
  available_at: string;
  /** A sender working on the message holds it until then; another may take it after. */
  claimed_until: string | null;
  attempts: number;
  delivered_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

/** The hits of one rate limit on one subject in the current window. */
export interface RateLimitCounterTable {
  /** The limit's name and a SHA-256 of the subject, so no address or key is kept in clear. */
  bucket: string;
  /** When the window the hits belong to ends; a hit after it starts a new window. */
  window_ends_at: string;
  hits: number;
}

export interface ApiKeyTable {
  id: string;
  organization_id: string;
  /** The member the key acts for, or null for a key of the whole organization. */
  member_id: string | null;
  name: string;
  /** Lowercase hex SHA-256 of the key. The key itself is shown once and never stored. */
  key_hash: string;
  /** The first characters of the key, so people can tell their keys apart. */
  key_prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Where an organization wants its webhooks: one URL under a name of its choosing. */
export interface WebhookEndpointTable {
  id: string;
  organization_id: string;
  /** The member whose key registered the endpoint, when the key has one. */
  member_id: string | null;
  /** Unique in the organization: setting a name again replaces its URL and secret. */
  name: string;
  url: string;
  /** Random salt from which, with the server secret, the signing secret is derived. */
  secret_salt: string;
  created_at: string;
  updated_at: string;
}

/** One event for one endpoint, waiting to be delivered, delivered, or given up. */
export interface WebhookOutboxTable {
  id: string;
  /** The event's `eventId`: the same for every endpoint and every attempt. */
  event_id: string;
  endpoint_id: string;
  organization_id: string;
  package_id: string | null;
  /** `package_send`, `document_signed`, … as the body's `action`. */
  action: string;
  /** The JSON body exactly as it is sent, fixed when the event is written. */
  body: string;
  created_at: string;
  available_at: string;
  /** An instance delivering the event holds it until then; another may take it after. */
  claimed_until: string | null;
  claim_id: string | null;
  attempts: number;
  last_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
  failed_at: string | null;
}
