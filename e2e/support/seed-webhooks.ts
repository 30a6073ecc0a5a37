import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { openDatabase } from '@/lib/db/engine';

import { seedTestPackage } from './seed';

const dataDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e');

/**
 * An organization of its own with a webhook endpoint and, for one package, a delivery that
 * failed for good after nine attempts and one still waiting, written straight into the run's
 * database. Nothing listens at the endpoint, and the waiting one is not due for a day, so the
 * server's own deliverer leaves both as they are.
 */
export async function seedWebhookDeliveries() {
  const seeded = await seedTestPackage({
    type: 'Sequential',
    signers: [{ firstName: 'Ana', lastName: 'Silva', order: 1 }],
  });
  const database = openDatabase(`file:${path.join(dataDirectory, 'portal.db')}`);

  try {
    const pkg = await database.db
      .selectFrom('packages')
      .select(['organization_id', 'name'])
      .where('id', '=', seeded.packageId)
      .executeTakeFirstOrThrow();
    const endpointId = randomUUID();
    const created = new Date(Date.now() - 25 * 3600_000);
    const failedAt = new Date(Date.now() - 3600_000).toISOString();
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();

    await database.db
      .insertInto('webhook_endpoints')
      .values({
        id: endpointId,
        organization_id: pkg.organization_id,
        member_id: null,
        name: 'Harbour CRM',
        url: 'http://127.0.0.1:9/signing-events',
        secret_salt: 'e2e-salt',
        created_at: created.toISOString(),
        updated_at: created.toISOString(),
      })
      .execute();

    const row = (action: string, failed: boolean) => ({
      id: randomUUID(),
      event_id: randomUUID(),
      endpoint_id: endpointId,
      organization_id: pkg.organization_id,
      package_id: seeded.packageId,
      action,
      body: JSON.stringify({ action, packageId: seeded.packageId }),
      created_at: created.toISOString(),
      available_at: failed ? failedAt : tomorrow,
      claimed_until: null,
      claim_id: null,
      attempts: failed ? 9 : 2,
      last_attempt_at: failed ? failedAt : created.toISOString(),
      last_error: 'The endpoint answered HTTP 503.',
      delivered_at: null,
      failed_at: failed ? failedAt : null,
    });

    await database.db
      .insertInto('webhook_outbox')
      .values([row('package_send', true), row('document_signed', false)])
      .execute();

    return { owner: seeded.owner, packageName: pkg.name };
  } finally {
    await database.db.destroy();
  }
}
