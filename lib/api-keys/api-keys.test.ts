import { seedOrganization } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { authenticateApiKey } from './authenticate-api-key';
import { createApiKey } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

describe.each(testEngines())('API keys on %s', (dialect) => {
  let database: TestDatabase;
  const now = new Date('2026-03-01T12:00:00.000Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.close();
  });

  test('a key is shown once, stored hashed, and authenticates until revoked', async () => {
    const owner = await seedOrganization(database.db);
    const created = await createApiKey(database.db, { ...owner, name: 'CRM' }, now);

    expect(created.key).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    const stored = await database.db.selectFrom('api_keys').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(created.key);

    expect(await authenticateApiKey(database.db, created.key, now)).toEqual({
      apiKeyId: created.apiKeyId,
      organizationId: owner.organizationId,
      memberId: owner.memberId,
    });

    const [summary] = await listApiKeys(database.db, owner.organizationId);
    expect(summary).toMatchObject({ name: 'CRM', keyPrefix: created.keyPrefix, revokedAt: null });
    expect(summary?.lastUsedAt).toBe(now.toISOString());

    expect(await revokeApiKey(database.db, { ...created, ...owner }, now)).toBe(true);
    expect(await revokeApiKey(database.db, { ...created, ...owner }, now)).toBe(false);
    expect(await authenticateApiKey(database.db, created.key, now)).toBeNull();
  });

  test.each([null, '', 'spk_short', 'not-a-key', `spk_${'A'.repeat(43)}`])(
    'key %p is refused',
    async (presented) => {
      expect(await authenticateApiKey(database.db, presented, now)).toBeNull();
    },
  );

  test('another organization cannot revoke a key', async () => {
    const owner = await seedOrganization(database.db);
    const other = await seedOrganization(database.db, 'Other Realty');
    const created = await createApiKey(database.db, { ...owner, name: 'CRM' }, now);

    expect(await revokeApiKey(database.db, { ...created, ...other }, now)).toBe(false);
    expect(await authenticateApiKey(database.db, created.key, now)).not.toBeNull();
  });
});
