import { NextRequest } from 'next/server';

import { proxy } from '@/proxy';
import { useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.setTimeout(30_000);

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://portal.test${path}`, {
    headers: { 'x-forwarded-for': '203.0.113.50', ...headers },
  });

describe.each(testEngines())('the proxy on %s', (dialect) => {
  let database: TestDatabase;
  let tokens: string[];

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    process.env.RATE_LIMIT_UNKNOWN_LINKS_PER_IP = '5/15m';
    const created = await seedPackage(database.db, await seedOrganization(database.db));
    tokens = created.signers.map((signer) => signer.token!);
  });

  afterEach(async () => {
    delete process.env.RATE_LIMIT_UNKNOWN_LINKS_PER_IP;
    delete process.env.TRUST_PROXY;
    await database.close();
  });

  const unknownToken = (index: number) => `unknown${String(index).padStart(15, '0')}`;

  test('gives signer pages their status: 200 for a link, 404 for an unknown token', async () => {
    expect((await proxy(request(`/sign/${tokens[0]}`))).status).toBe(200);
    expect((await proxy(request(`/sign/${unknownToken(1)}`))).status).toBe(404);
  });

  test('after too many unknown tokens from one address, answers 429 before looking', async () => {
    for (let index = 0; index < 5; index++) {
      expect((await proxy(request(`/sign/${unknownToken(index)}`))).status).toBe(404);
    }

    const refused = await proxy(request(`/sign/${unknownToken(99)}`));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await refused.text()).toContain('Too many attempts');

    // A working link from that address waits too: the answer reveals nothing about the token.
    expect((await proxy(request(`/sign/${tokens[0]}`))).status).toBe(429);
    expect((await proxy(request(`/sign/${unknownToken(3)}/documents/x/pdf`))).status).toBe(429);

    // Another address is not held back.
    const elsewhere = request(`/sign/${tokens[0]}`, { 'x-forwarded-for': '198.51.100.2' });
    expect((await proxy(elsewhere)).status).toBe(200);
  });

  test('links that exist are not counted, however often they are opened', async () => {
    for (let index = 0; index < 20; index++) {
      expect((await proxy(request(`/sign/${tokens[index % 3]}/documents`))).status).toBe(200);
    }
    for (let index = 0; index < 5; index++) await proxy(request(`/sign/${unknownToken(index)}`));

    expect((await proxy(request(`/sign/${unknownToken(9)}`))).status).toBe(429);
  });

  test('opening a link that exists writes nothing to the counts', async () => {
    for (let index = 0; index < 10; index++) {
      expect((await proxy(request(`/sign/${tokens[index % 3]}`))).status).toBe(200);
    }

    const counters = await database.db.selectFrom('rate_limit_counters').select('bucket').execute();
    expect(counters).toEqual([]);
  });

  test('unknown tokens sent at once get no more "not found" answers than the limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => proxy(request(`/sign/${unknownToken(index)}`))),
    );
    const statuses = answers.map((answer) => answer.status);

    expect(statuses.filter((status) => status === 404)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  test('an address written by the client is not believed without TRUST_PROXY', async () => {
    for (let index = 0; index < 5; index++) {
      const forged = { 'x-forwarded-for': `192.0.2.${index}, 203.0.113.50` };
      await proxy(request(`/sign/${unknownToken(index)}`, forged));
    }

    expect((await proxy(request(`/sign/${unknownToken(9)}`))).status).toBe(429);
  });

  test('sets the policy with a fresh nonce on every path, and HSTS only over HTTPS', async () => {
    const page = await proxy(request('/dashboard'));
    const file = await proxy(request('/pdfjs/pdf.worker.min.mjs'));
    const nonce = (response: Response) =>
      /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

    expect(nonce(page)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce(file)).not.toBe(nonce(page));
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(page.headers.get('x-middleware-request-x-nonce')).toBe(nonce(page));

    // The server writes the connection's own scheme here (lib/logging/request-log.ts).
    const overHttps = await proxy(request('/dashboard', { 'x-forwarded-proto': 'https' }));
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);

    // Behind a proxy, the proxy's first word on the scheme is the one that counts.
    process.env.TRUST_PROXY = '1';
    const proxied = request('/dashboard', { 'x-forwarded-proto': 'https, http' });
    expect((await proxy(proxied)).headers.get('strict-transport-security')).not.toBeNull();
  });
});
