import type { DashboardMember } from '@/lib/auth/require-member';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { multipartBody, TINY_PDF, useApiTestDatabase } from '@/lib/testing/api-harness';
import { seedOrganization } from '@/lib/testing/seed';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

import { POST } from './route';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.setTimeout(60_000);

const signedIn: { member: DashboardMember | null } = { member: null };

jest.mock('@/lib/auth/require-member', () => ({
  signedInMember: async () => signedIn.member,
}));
jest.mock('@/lib/http/request-metadata', () => ({
  requestMetadata: async () => ({ ipAddress: '203.0.113.9', userAgent: 'Jest owner' }),
}));

const ORIGIN = 'https://portal.example.test';

async function upload(
  files: { fileName: string; content: Uint8Array }[],
  headers: Record<string, string> = {},
) {
  const { body, contentType } = multipartBody(files);
  const response = await POST(
    new Request(`${ORIGIN}/dashboard/packages/new/upload`, {
      method: 'POST',
      headers: { 'content-type': contentType, host: 'portal.example.test', ...headers },
      body,
    }),
    { params: Promise.resolve({}) },
  );

  return { status: response.status, json: await response.json() };
}

describe.each(testEngines())('uploads of the new package form on %s', (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    signedIn.member = null;
  });

  afterEach(async () => {
    await database.close();
  });

  async function signInTo(name: string) {
    const owner = await seedOrganization(database.db, name);
    signedIn.member = {
      ...owner,
      organizationName: name,
      name: 'Olivia Owner',
      email: 'olivia@example.test',
      timeZone: null,
    };

    return owner;
  }

  const storedFiles = () =>
    database.db.selectFrom('files').select(['organization_id', 'kind', 'file_name']).execute();

  test('a PDF is kept for the member’s organization; a text file is refused with why', async () => {
    const owner = await signInTo('Harbour Lettings');

    const answer = await upload([
      { fileName: 'Lease.pdf', content: TINY_PDF },
      { fileName: 'notes.txt', content: new TextEncoder().encode('not a PDF') },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.json.uploads).toEqual([
      { kept: true, fileId: expect.any(String), fileName: 'Lease.pdf', name: 'Lease' },
      {
        kept: false,
        fileName: 'notes.txt',
        message: 'This file is not a PDF. Save or export it as a PDF and upload it again.',
      },
    ]);
    expect(await storedFiles()).toEqual([
      { organization_id: owner.organizationId, kind: 'temporary', file_name: 'Lease.pdf' },
    ]);

    const audit = await database.db
      .selectFrom('audit_events')
      .select(['member_id', 'action', 'ip_address'])
      .where('organization_id', '=', owner.organizationId)
      .execute();
    expect(audit).toEqual([
      { member_id: owner.memberId, action: 'file_uploaded', ip_address: '203.0.113.9' },
    ]);
  });

  test('without a session, or from another site, nothing is stored', async () => {
    const files = [{ fileName: 'Lease.pdf', content: TINY_PDF }];

    expect((await upload(files)).status).toBe(401);

    await signInTo('Harbour Lettings');
    const foreign = await upload(files, { origin: 'https://elsewhere.example' });
    expect(foreign.status).toBe(403);

    expect(await storedFiles()).toEqual([]);
  });
});
