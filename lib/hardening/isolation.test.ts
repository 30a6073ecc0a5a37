import { randomUUID } from 'node:crypto';

import { getServerSession } from 'next-auth';
import type React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import * as upload from '@/app/api/v1/files/upload/route';
import * as certificate from '@/app/api/v1/packages/[packageId]/certificate/route';
import * as executed from '@/app/api/v1/packages/[packageId]/documents/[documentId]/executed/route';
import * as signerLink from '@/app/api/v1/packages/[packageId]/link/sign/[signerId]/route';
import * as getPackage from '@/app/api/v1/packages/[packageId]/route';
import * as getStatus from '@/app/api/v1/packages/[packageId]/status/route';
import * as add from '@/app/api/v1/packages/add/route';
import * as deletePackage from '@/app/api/v1/packages/delete/route';
import * as extend from '@/app/api/v1/packages/extend/route';
import * as list from '@/app/api/v1/packages/list/route';
import * as rescind from '@/app/api/v1/packages/rescind/route';
import * as send from '@/app/api/v1/packages/send/route';
import * as original from '@/app/dashboard/packages/[packageId]/documents/[documentId]/original/route';
import * as inPersonConfirm from '@/app/dashboard/packages/[packageId]/in-person/confirm/route';
import * as inPersonConsent from '@/app/dashboard/packages/[packageId]/in-person/consent/route';
import * as inPersonSign from '@/app/dashboard/packages/[packageId]/in-person/documents/[documentId]/sign/route';
import * as ownerAction from '@/app/dashboard/packages/[packageId]/actions/[action]/route';
import * as ownerCertificate from '@/app/dashboard/packages/[packageId]/certificate/route';
import * as packageData from '@/app/dashboard/packages/[packageId]/data/route';
import * as ownerSigned from '@/app/dashboard/packages/[packageId]/documents/[documentId]/signed/route';
import InPersonPage from '@/app/dashboard/packages/[packageId]/in-person/page';
import PackagePage from '@/app/dashboard/packages/[packageId]/page';
import SignerDocumentPage from '@/app/sign/[token]/documents/[documentId]/page';
import * as signerCertificate from '@/app/sign/[token]/certificate/route';
import * as signerConsent from '@/app/sign/[token]/consent/route';
import * as signerPdf from '@/app/sign/[token]/documents/[documentId]/pdf/route';
import * as signerSign from '@/app/sign/[token]/documents/[documentId]/sign/route';
import * as signerSigned from '@/app/sign/[token]/documents/[documentId]/signed/route';
import * as meeting from '@/app/sign/[token]/meeting.ics/route';
import type { PortalDatabase } from '@/lib/db/engine';
import { requirePdfjsFromHost } from '@/lib/pdf/testing/require-pdfjs-from-host';
import { signRevision } from '@/lib/signing/sign-revision';
import {
  callApi,
  multipartBody,
  seedApiCaller,
  TEST_BASE_URL,
  TINY_PDF,
  useApiTestDatabase,
} from '@/lib/testing/api-harness';
import { seedPackage } from '@/lib/testing/seed';
import { consentAll, REQUEST } from '@/lib/testing/signing';
import { openTestDatabase, testEngines, type TestDatabase } from '@/lib/testing/test-databases';

jest.mock('pdfjs-dist/legacy/build/pdf.mjs', () => requirePdfjsFromHost());
jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'Jest isolation' }),
  cookies: async () => ({ get: () => undefined }),
}));
jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));
// The package page's live parts ask for the router, which a page rendered outside Next.js has not.
jest.mock('next/navigation', () => ({
  ...jest.requireActual('next/navigation'),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, prefetch() {} }),
}));
jest.setTimeout(60_000);

/**
 * Another organization's key or session, and another signer's token, get exactly the answer a
 * made-up id gets: the same status and body, with the id itself the only difference, and
 * nothing changes. Each object is first shown to be reachable by its own organization or
 * signer, so a refusal proves isolation rather than a broken route.
 */

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const mockedSession = getServerSession as jest.Mock;

describe.each(testEngines())('isolation between organizations and signers on %s', (dialect) => {
  let database: TestDatabase;
  let harbour: Awaited<ReturnType<typeof seedApiCaller>>;
  let birch: Awaited<ReturnType<typeof seedApiCaller>>;
  let open: Awaited<ReturnType<typeof seedPackage>>;
  let draft: Awaited<ReturnType<typeof seedPackage>>;
  let done: Awaited<ReturnType<typeof seedPackage>>;
  let inPerson: Awaited<ReturnType<typeof seedPackage>>;
  let video: Awaited<ReturnType<typeof seedPackage>>;
  let groupSend: Awaited<ReturnType<typeof seedPackage>>;
  let birchPackage: Awaited<ReturnType<typeof seedPackage>>;
  let harbourFileId: string;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    useApiTestDatabase(database);
    harbour = await seedApiCaller(database, 'Harbour Lettings');
    birch = await seedApiCaller(database, 'Birch Homes');

    const now = new Date();
    const oneSigner = [
      { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.test', order: 1 },
    ];
    open = await seedPackage(database.db, harbour, { name: 'Harbour lease' });
    draft = await seedPackage(database.db, harbour, { name: 'Harbour draft', state: 'draft' });
    done = await seedPackage(database.db, harbour, {
      name: 'Harbour done',
      type: 'concurrent',
      signers: oneSigner,
      documents: [{ name: 'Lease', fileName: 'lease.pdf', content: TINY_PDF, pageCount: 1 }],
    });
    inPerson = await seedPackage(database.db, harbour, {
      name: 'Harbour in person',
      type: 'Live Session',
    });
    video = await seedPackage(database.db, harbour, {
      name: 'Harbour closing',
      type: 'video_closing_room',
      meeting: {
        timeStart: new Date(Date.now() + 3600_000).toISOString(),
        duration: 'PT1H',
        isPrivate: false,
      },
    });
    groupSend = await seedPackage(database.db, harbour, {
      name: 'Harbour group',
      type: 'Counterpart',
    });
    birchPackage = await seedPackage(database.db, birch, {
      name: 'Birch lease',
      signers: oneSigner,
    });

    await consentAll(database.db, [done.signers[0]!.token], now);
    const signed = await signRevision(database.db, {
      token: done.signers[0]!.token!,
      documentId: done.documentIds[0]!,
      signature: { kind: 'typed', text: 'Ana Silva' },
      now,
      ...REQUEST,
    });
    expect(signed).toMatchObject({ status: 'signed', packageExecuted: true });

    const { body, contentType } = multipartBody([{ fileName: 'lease.pdf', content: TINY_PDF }]);
    const uploaded = await callApi(upload.POST, 'POST', '/files/upload', {
      key: harbour.key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
    harbourFileId = uploaded.json.files[0].fileId;
  });

  afterAll(async () => {
    await database.close();
  });

  /** Every row of every table a request could change. */
  async function everything(db: PortalDatabase) {
    const state: Record<string, unknown> = {};
    for (const table of [
      'packages',
      'documents',
      'signers',
      'revisions',
      'signing_links',
      'audit_events',
      'outbox_messages',
    ] as const) {
      state[table] = await db.db.selectFrom(table).selectAll().orderBy('id').execute();
    }
    state.files = await db.db.selectFrom('files').select(['id', 'kind']).orderBy('id').execute();

    return state;
  }

  /** An answer with every id of the request written as `<id>`, so two answers compare whole. */
  async function answerOf(response: Response, ids: string[]) {
    let body = await response.text();
    let location = response.headers.get('location');
    for (const id of ids) {
      body = body.split(id).join('<id>');
      location = location?.split(id).join('<id>') ?? null;
    }

    return { status: response.status, body, location };
  }

  /** `answerOf` for an API answer, whose JSON the harness has read already. */
  function apiAnswerOf(answer: { status: number; json: unknown }, ids: string[]) {
    let body = JSON.stringify(answer.json);
    for (const id of ids) body = body.split(id).join('<id>');

    return { status: answer.status, body };
  }

  // ---------------------------------------------------------------- the package API

  interface ApiEndpoint {
    name: string;
    handler: Handler;
    method: 'GET' | 'POST';
    /** The request for package `packageId` (and its document, signer or file). */
    request: (target: Target) => { path: string; params?: Record<string, string>; body?: unknown };
    /** Harbour's own object that Birch asks for. */
    target: () => Target;
    /** Whether Harbour's own key reaches the object (read-only endpoints only). */
    ownerStatus?: number;
  }

  interface Target {
    packageId: string;
    documentId: string;
    signerId: string;
    fileId: string;
  }

  const targetOf = (created: Awaited<ReturnType<typeof seedPackage>>): Target => ({
    packageId: created.packageId,
    documentId: created.documentIds[0]!,
    signerId: created.signers[0]!.signerId,
    fileId: harbourFileId,
  });
  const madeUp = (): Target => ({
    packageId: randomUUID(),
    documentId: randomUUID(),
    signerId: randomUUID(),
    fileId: randomUUID(),
  });

  const API_ENDPOINTS: ApiEndpoint[] = [
    {
      name: 'GET /packages/{id}',
      handler: getPackage.GET,
      method: 'GET',
      target: () => targetOf(open),
      ownerStatus: 200,
      request: (t) => ({ path: `/packages/${t.packageId}`, params: { packageId: t.packageId } }),
    },
    {
      name: 'GET /packages/{id}/status',
      handler: getStatus.GET,
      method: 'GET',
      target: () => targetOf(open),
      ownerStatus: 200,
      request: (t) => ({
        path: `/packages/${t.packageId}/status`,
        params: { packageId: t.packageId },
      }),
    },
    {
      name: 'GET /packages/{id}/certificate',
      handler: certificate.GET,
      method: 'GET',
      target: () => targetOf(done),
      ownerStatus: 200,
      request: (t) => ({
        path: `/packages/${t.packageId}/certificate`,
        params: { packageId: t.packageId },
      }),
    },
    {
      name: 'GET /packages/{id}/documents/{id}/executed',
      handler: executed.GET,
      method: 'GET',
      target: () => targetOf(done),
      ownerStatus: 200,
      request: (t) => ({
        path: `/packages/${t.packageId}/documents/${t.documentId}/executed`,
        params: { packageId: t.packageId, documentId: t.documentId },
      }),
    },
    {
      name: 'POST /packages/{id}/link/sign/{signerId}',
      handler: signerLink.POST,
      method: 'POST',
      target: () => targetOf(open),
      request: (t) => ({
        path: `/packages/${t.packageId}/link/sign/${t.signerId}`,
        params: { packageId: t.packageId, signerId: t.signerId },
      }),
    },
    {
      name: 'POST /packages/send',
      handler: send.POST,
      method: 'POST',
      target: () => targetOf(draft),
      request: (t) => ({ path: '/packages/send', body: { packageId: t.packageId } }),
    },
    {
      name: 'POST /packages/rescind',
      handler: rescind.POST,
      method: 'POST',
      target: () => targetOf(open),
      request: (t) => ({
        path: '/packages/rescind',
        body: { packageId: t.packageId, rescindMessage: 'Gone', notify: true },
      }),
    },
    {
      name: 'POST /packages/extend',
      handler: extend.POST,
      method: 'POST',
      target: () => targetOf(open),
      request: (t) => ({ path: '/packages/extend', body: { packageId: t.packageId, days: 3 } }),
    },
    {
      name: 'POST /packages/delete',
      handler: deletePackage.POST,
      method: 'POST',
      target: () => targetOf(open),
      request: (t) => ({
        path: '/packages/delete',
        body: { packageId: t.packageId, notify: true },
      }),
    },
    {
      name: 'POST /packages/add with another organization’s upload',
      handler: add.POST,
      method: 'POST',
      target: () => targetOf(open),
      request: (t) => ({
        path: '/packages/add',
        body: {
          name: 'Stolen',
          signers: [{ firstName: 'M', email: 'm@example.test' }],
          documents: [{ fileId: t.fileId }],
        },
      }),
    },
  ];

  test.each(API_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s: another organization’s key gets what a made-up id gets',
    async (_name, endpoint) => {
      const target = endpoint.target();
      const call = (key: string, t: Target) => {
        const request = endpoint.request(t);

        return callApi(endpoint.handler, endpoint.method, request.path, {
          key,
          params: request.params,
          body: request.body,
        });
      };

      if (endpoint.ownerStatus) {
        expect((await call(harbour.key, target)).status).toBe(endpoint.ownerStatus);
      }

      const before = await everything(database);
      const fake = madeUp();
      const foreign = await call(birch.key, target);
      const unknown = await call(birch.key, fake);

      expect(foreign.status).toBe(404);
      expect(apiAnswerOf(foreign, Object.values(target))).toEqual(
        apiAnswerOf(unknown, Object.values(fake)),
      );
      expect(await everything(database)).toEqual(before);
    },
  );

  test('packages/list never shows another organization’s packages', async () => {
    const answer = await callApi(list.POST, 'POST', '/packages/list', {
      key: birch.key,
      body: { take: 100 },
    });
    const ids = answer.json.items.map((pkg: { packageId: string }) => pkg.packageId);

    expect(ids).toEqual([birchPackage.packageId]);
  });

  // ---------------------------------------------------------------- the dashboard

  function signedInAs(member: { memberId: string } | null) {
    mockedSession.mockResolvedValue(member ? { memberId: member.memberId } : null);
  }

  function form(fields: Record<string, string>) {
    return new Request(`${TEST_BASE_URL}/dashboard/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  interface DashboardRoute {
    name: string;
    call: (t: Target) => Promise<Response>;
  }

  const DASHBOARD_ROUTES: DashboardRoute[] = [
    {
      name: 'GET …/documents/{id}/original',
      call: (t) =>
        (original.GET as Handler)(new Request(`${TEST_BASE_URL}/dashboard/original`), {
          params: Promise.resolve({
            packageId: t.packageId,
            documentId: t.documentId,
          }) as Promise<never>,
        }),
    },
    {
      name: 'GET …/documents/{id}/signed',
      call: (t) =>
        (ownerSigned.GET as Handler)(new Request(`${TEST_BASE_URL}/dashboard/signed`), {
          params: Promise.resolve({
            packageId: t.packageId,
            documentId: t.documentId,
          }) as Promise<never>,
        }),
    },
    {
      name: 'GET …/certificate',
      call: (t) =>
        (ownerCertificate.GET as Handler)(new Request(`${TEST_BASE_URL}/dashboard/certificate`), {
          params: Promise.resolve({ packageId: t.packageId }) as Promise<never>,
        }),
    },
    {
      name: 'GET …/data',
      call: (t) =>
        (packageData.GET as Handler)(new Request(`${TEST_BASE_URL}/dashboard/data`), {
          params: Promise.resolve({ packageId: t.packageId }) as Promise<never>,
        }),
    },
    ...['send', 'remind', 'new-link', 'extend', 'rescind', 'delete'].map((action) => ({
      name: `POST …/actions/${action}`,
      call: (t: { packageId: string; signerId: string }) =>
        (ownerAction.POST as Handler)(form({ signerId: t.signerId, message: 'Stop' }), {
          params: Promise.resolve({ packageId: t.packageId, action }) as Promise<never>,
        }),
    })),
    {
      name: 'POST …/in-person/confirm',
      call: (t) =>
        (inPersonConfirm.POST as Handler)(form({ signerId: t.signerId }), {
          params: Promise.resolve({ packageId: t.packageId }) as Promise<never>,
        }),
    },
    {
      name: 'POST …/in-person/consent',
      call: (t) =>
        (inPersonConsent.POST as Handler)(form({}), {
          params: Promise.resolve({ packageId: t.packageId }) as Promise<never>,
        }),
    },
    {
      name: 'POST …/in-person/documents/{id}/sign',
      call: (t) =>
        (inPersonSign.POST as Handler)(form({ kind: 'typed', typedName: 'Mallory' }), {
          params: Promise.resolve({
            packageId: t.packageId,
            documentId: t.documentId,
          }) as Promise<never>,
        }),
    },
  ];

  test.each(DASHBOARD_ROUTES.map((route) => [route.name, route] as const))(
    '%s: another organization’s member gets what a made-up id gets',
    async (_name, route) => {
      const target = targetOf(inPerson);
      const fake = madeUp();

      signedInAs(birch);
      const before = await everything(database);
      const foreign = await answerOf(await route.call(target), Object.values(target));
      const unknown = await answerOf(await route.call(fake), Object.values(fake));

      expect(foreign).toEqual(unknown);
      expect(await everything(database)).toEqual(before);
    },
  );

  test('the in-person session reaches the package for its own organization', async () => {
    const target = targetOf(inPerson);

    signedInAs(harbour);
    const response = await DASHBOARD_ROUTES.find((route) =>
      route.name.endsWith('in-person/confirm'),
    )!.call(target);
    expect(response.status).toBe(303);

    const confirmed = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('package_id', '=', inPerson.packageId)
      .where('member_id', '=', harbour.memberId)
      .execute();
    expect(confirmed.length).toBeGreaterThan(0);
  });

  test('the original PDF reaches its own organization’s member', async () => {
    signedInAs(harbour);
    const response = await DASHBOARD_ROUTES[0]!.call(targetOf(open));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  /** What rendering a page ends in: its markup, or the digest of the error it threw. */
  async function pageOutcome(render: () => Promise<React.ReactElement>) {
    try {
      return { html: renderToStaticMarkup(await render()) };
    } catch (error) {
      return { thrown: (error as { digest?: string }).digest ?? String(error) };
    }
  }

  test.each([
    [
      'the package page',
      (packageId: string) =>
        PackagePage({ params: Promise.resolve({ packageId }), searchParams: Promise.resolve({}) }),
    ],
    [
      'the in-person page',
      (packageId: string) =>
        InPersonPage({ params: Promise.resolve({ packageId }), searchParams: Promise.resolve({}) }),
    ],
  ])(
    '%s: another organization’s member gets the same “not found” as a made-up id',
    async (_name, render) => {
      signedInAs(harbour);
      const own = await pageOutcome(() => render(inPerson.packageId));
      expect(own).toEqual({ html: expect.stringContaining('Harbour in person') });

      signedInAs(birch);
      const foreign = await pageOutcome(() => render(inPerson.packageId));
      const unknown = await pageOutcome(() => render(randomUUID()));

      expect(foreign).toEqual({ thrown: expect.stringContaining('404') });
      expect(foreign).toEqual(unknown);
    },
  );

  // ---------------------------------------------------------------- signing links

  test('a signer’s document page opens only the documents of the token’s own package', async () => {
    const token = open.signers[0]!.token!;
    const render = (documentId: string) =>
      pageOutcome(() =>
        SignerDocumentPage({
          params: Promise.resolve({ token, documentId }),
          searchParams: Promise.resolve({}),
        }),
      );

    expect((await render(open.documentIds[0]!)).html).toContain('Residential lease');
    const unknown = await render(randomUUID());
    expect(unknown).toEqual({ thrown: expect.stringContaining('404') });
    expect(await render(done.documentIds[0]!)).toEqual(unknown);
    expect(await render(birchPackage.documentIds[0]!)).toEqual(unknown);
  });

  function signerGet(handler: Handler, token: string, documentId?: string) {
    return handler(new Request(`${TEST_BASE_URL}/sign/x`), {
      params: Promise.resolve({ token, ...(documentId ? { documentId } : {}) }) as Promise<never>,
    });
  }

  test.each([
    ['the original PDF', signerPdf.GET as Handler],
    ['the signed PDF', signerSigned.GET as Handler],
  ])(
    '%s of another package, in the same or another organization, is what a made-up document is',
    async (_name, handler) => {
      const token = done.signers[0]!.token!;
      const own = await signerGet(handler, token, done.documentIds[0]!);
      expect(own.status).toBe(200);

      const before = await everything(database);
      const unknownId = randomUUID();
      const unknown = await answerOf(await signerGet(handler, token, unknownId), [unknownId]);

      for (const documentId of [open.documentIds[0]!, birchPackage.documentIds[0]!]) {
        const foreign = await answerOf(await signerGet(handler, token, documentId), [documentId]);
        expect(foreign).toEqual(unknown);
      }
      expect(await everything(database)).toEqual(before);
    },
  );

  test('a token signs only its own signer’s revision, never another package’s document', async () => {
    const token = open.signers[0]!.token!;
    await consentAll(database.db, [token], new Date());
    const before = await everything(database);

    const post = (documentId: string) =>
      (signerSign.POST as Handler)(
        new Request(`${TEST_BASE_URL}/sign/x`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ kind: 'typed', typedName: 'Ana Silva' }).toString(),
        }),
        { params: Promise.resolve({ token, documentId }) as Promise<never> },
      );

    const unknownId = randomUUID();
    const unknown = await answerOf(await post(unknownId), [unknownId]);
    for (const documentId of [done.documentIds[0]!, birchPackage.documentIds[0]!]) {
      expect(await answerOf(await post(documentId), [documentId])).toEqual(unknown);
    }
    expect(await everything(database)).toEqual(before);

    // On its own document, only its own signer's revision is signed.
    expect((await post(open.documentIds[0]!)).status).toBe(303);
    const signed = await database.db
      .selectFrom('revisions')
      .select(['signer_id', 'document_id'])
      .where('signed_at', 'is not', null)
      .where('package_id', '=', open.packageId)
      .execute();
    expect(signed).toEqual([
      { signer_id: open.signers[0]!.signerId, document_id: open.documentIds[0]! },
    ]);
  });

  test('in a Group Send, a signer never downloads another signer’s own signed copy', async () => {
    const [first, second] = groupSend.signers;
    const documentId = groupSend.documentIds[0]!;
    await consentAll(database.db, [first!.token, second!.token], new Date());
    const sign = (token: string, text: string) =>
      signRevision(database.db, {
        token,
        documentId,
        signature: { kind: 'typed', text },
        now: new Date(),
        ...REQUEST,
      });

    expect((await sign(second!.token!, 'Ken Watanabe')).status).toBe('signed');

    // The first signer has not signed: no copy for them, whatever the second did.
    const unknownId = randomUUID();
    const unknown = await answerOf(
      await signerGet(signerSigned.GET as Handler, first!.token!, unknownId),
      [unknownId],
    );
    const notYet = await answerOf(
      await signerGet(signerSigned.GET as Handler, first!.token!, documentId),
      [documentId],
    );
    expect(notYet).toEqual(unknown);

    expect((await sign(first!.token!, 'Ana Silva')).status).toBe('signed');
    const response = await signerGet(signerSigned.GET as Handler, first!.token!, documentId);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const revisions = await database.db
      .selectFrom('revisions as r')
      .innerJoin('files as f', 'f.id', 'r.signed_file_id')
      .select(['r.signer_id', 'f.content'])
      .where('r.document_id', '=', documentId)
      .execute();
    const own = revisions.find((revision) => revision.signer_id === first!.signerId)!;

    expect(Buffer.from(bytes).equals(Buffer.from(own.content))).toBe(true);
  });

  test('the certificate, the meeting and consent answer only for the token’s own package', async () => {
    const token = open.signers[1]!.token!;
    const unknownToken = 'A'.repeat(22);

    // Certificate: the executed package's own token gets it; an open package's token is refused
    // just as an unknown token is.
    expect(
      (await signerGet(signerCertificate.GET as Handler, done.signers[0]!.token!)).status,
    ).toBe(200);
    expect(await answerOf(await signerGet(signerCertificate.GET as Handler, token), [])).toEqual(
      await answerOf(await signerGet(signerCertificate.GET as Handler, unknownToken), []),
    );

    // The meeting invitation exists only for a video closing's own signers.
    expect((await signerGet(meeting.GET as Handler, video.signers[0]!.token!)).status).toBe(200);
    expect((await signerGet(meeting.GET as Handler, token)).status).toBe(404);

    // Consent naming another package's document records consent for the token's own signer
    // only, and sends them to their own package.
    const before = await everything(database);
    const response = await (signerConsent.POST as Handler)(
      new Request(`${TEST_BASE_URL}/sign/x`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ documentId: birchPackage.documentIds[0]! }).toString(),
      }),
      { params: Promise.resolve({ token }) as Promise<never> },
    );
    expect(response.headers.get('location')).toContain(`/sign/${token}`);
    const consents = await database.db
      .selectFrom('audit_events')
      .select(['signer_id', 'package_id'])
      .where('action', '=', 'consent_given')
      .where('occurred_at', '>', new Date(Date.now() - 60_000).toISOString())
      .execute();
    const added =
      consents.length -
      (before.audit_events as { action: string }[]).filter(
        (event) => event.action === 'consent_given',
      ).length;
    expect(added).toBe(1);
    expect(consents).toContainEqual({
      signer_id: open.signers[1]!.signerId,
      package_id: open.packageId,
    });
  });
});
