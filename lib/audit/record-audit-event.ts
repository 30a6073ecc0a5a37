import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';

/** Who did something, from where: the request metadata every audit event carries. */
export interface RequestMetadata {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface AuditEventInput extends Partial<RequestMetadata> {
  organizationId: string;
  packageId?: string | null;
  signerId?: string | null;
  memberId?: string | null;
  /** What happened, in the signing domain's words: `package_created`, `link_issued`, … */
  action: string;
  occurredAt: string;
  details?: Record<string, unknown>;
}

/** Writes one audit event. Call it inside the transaction of the change it records. */
export async function recordAuditEvent(db: Kysely<Database>, event: AuditEventInput) {
  await db
    .insertInto('audit_events')
    .values({
      organization_id: event.organizationId,
      package_id: event.packageId ?? null,
      signer_id: event.signerId ?? null,
      member_id: event.memberId ?? null,
      action: event.action,
      occurred_at: event.occurredAt,
      ip_address: event.ipAddress ?? null,
      user_agent: event.userAgent ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
}
