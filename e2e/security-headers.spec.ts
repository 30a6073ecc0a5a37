import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';

import { tooManyRequestsPage } from '@/lib/http/too-many-requests-page';

import { demoLink } from './support/demo';
import { signInAsDemoOwner } from './support/owner';
import { seedTestPackage } from './support/seed';

const LEASE = 'Lease: 42 Harbour Street, Unit 3B';

/** The directives every response's policy must hold, besides its nonce. */
const REQUIRED_DIRECTIVES = [
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "default-src 'self'",
];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';

  for (const directive of REQUIRED_DIRECTIVES) expect(policy).toContain(directive);
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  // The test server is plain HTTP: no HSTS, whatever a client claims in X-Forwarded-Proto.
  expect(headers['strict-transport-security']).toBeUndefined();
}

function expectSignerPageHeaders(response: APIResponse) {
  const headers = response.headers();

  expect(headers['cache-control']).toContain('no-store');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-robots-tag']).toContain('noindex');
}

/** Collects every CSP violation the page reports, by event and in the console. */
async function watchForViolations(page: Page) {
  const violations: string[] = [];

  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation|Refused to/i.test(message.text())) {
      violations.push(message.text());
    }
  });

  return violations;
}

test.describe('[SECURITY] headers on every response', () => {
  test('pages, route handlers, the API, next-auth and static files carry them', async ({
    request,
  }) => {
    const signerPath = demoLink(LEASE, '健 渡辺');
    const signerPage = await request.get(signerPath, {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    const html = await signerPage.text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const responses = {
      home: await request.get('/'),
      signIn: await request.get('/sign-in'),
      signerPage,
      unknownLink: await request.get('/sign/AAAAAAAAAAAAAAAAAAAAAA'),
      calendar: await request.get(
        `${demoLink('Closing: 7 Birch Lane', 'Oliver Bennett')}/meeting.ics`,
      ),
      api: await request.post('/api/v1/packages/list', { data: {} }),
      session: await request.get('/api/auth/session'),
      pdfWorker: await request.get('/pdfjs/pdf.worker.min.mjs'),
      nextChunk: await request.get(script!),
      icon: await request.get('/icon.svg'),
    };

    expect(responses.api.status()).toBe(403);
    expect(responses.unknownLink.status()).toBe(404);
    expect(responses.pdfWorker.status()).toBe(200);
    expect(responses.nextChunk.status()).toBe(200);
    expect(responses.calendar.headers()['content-type']).toContain('text/calendar');
    for (const response of Object.values(responses)) expectSecurityHeaders(response);

    expectSignerPageHeaders(responses.signerPage);
    expectSignerPageHeaders(responses.unknownLink);
  });

  test('each response has its own nonce, and every script of the page carries it', async ({
    request,
  }) => {
    const [first, second] = [await request.get('/sign-in'), await request.get('/sign-in')];
    const nonceOf = (response: APIResponse) =>
      /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    const nonce = nonceOf(first);

    expect(nonce).toBeTruthy();
    expect(nonceOf(second)).not.toBe(nonce);
    expect(first.headers()['x-request-id']).not.toBe(second.headers()['x-request-id']);

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  test('a request id sent by the client is replaced by the server’s own', async ({ request }) => {
    const response = await request.get('/', { headers: { 'X-Request-Id': 'chosen-by-client' } });

    expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

test.describe('[SECURITY] the pages work under the policy', () => {
  test('a picture from another site is blocked, and the watch sees it', async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto('/sign-in');

    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://images.example.com/tracker.png';
      image.alt = '';
      document.body.append(image);
    });

    await expect.poll(() => violations.join('\n')).toContain('images.example.com');
  });

  test('a signer reads the PDF, draws a signature and signs: no violation', async ({ page }) => {
    test.setTimeout(60_000);
    const violations = await watchForViolations(page);
    const lease = await seedTestPackage({
      type: 'Sequential',
      signers: [{ firstName: 'Ana', lastName: 'Silva', order: 1 }],
    });

    await page.goto(lease.paths[0]!);
    await page.getByRole('link', { name: /^Read and sign “/ }).click();
    await page.getByRole('button', { name: 'I agree' }).click();
    await expect(page.getByText(/^\d+ pages?$/)).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();

    await page.getByText('Draw', { exact: true }).click();
    const pad = page.getByRole('img', { name: 'Signature drawing area' });
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Review signature' }).click();
    await expect(page.getByRole('img', { name: 'Your drawn signature' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('You signed');

    expect(violations).toEqual([]);
  });

  test('the owner signs in and opens the dashboard and a package: no violation', async ({
    page,
  }) => {
    const violations = await watchForViolations(page);

    await signInAsDemoOwner(page);
    await page.getByRole('link', { name: LEASE }).click();
    await expect(page.getByRole('heading', { name: LEASE, level: 1 })).toBeVisible();

    expect(violations).toEqual([]);
  });
});

test.describe('[SECURITY] the page of a reached limit', () => {
  // Reaching the limit here would hold back every other test from this address, so the page
  // is drawn from its own HTML.
  test('says what to do, passes an axe scan and fits the screen', async ({ page }) => {
    const response = tooManyRequestsPage({
      title: 'Too many attempts',
      paragraphs: ['Wait 12 minutes, then open the link from your email again.'],
      retryAfterSeconds: 700,
    });

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('700');
    await page.setContent(await response.text());

    await expect(page.getByRole('heading', { name: 'Too many attempts', level: 1 })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
