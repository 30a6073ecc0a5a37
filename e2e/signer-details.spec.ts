import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { demoLink } from './support/demo';

const LEASE = 'Lease: 42 Harbour Street, Unit 3B';
const CLOSING = 'Closing: 7 Birch Lane';

test.describe('[SIGNER] turns and documents', () => {
  test('the second lease signer may sign both documents and sees the signing order', async ({
    page,
  }) => {
    await page.goto(demoLink(LEASE, '健 渡辺'));

    const documents = page.getByRole('region', { name: /Your documents/ });
    await expect(documents.getByRole('listitem')).toHaveCount(2);
    await expect(documents.getByText('Your turn to sign')).toHaveCount(2);

    const order = page.getByRole('region', { name: 'Signing order' }).getByRole('listitem');
    await expect(order.nth(0)).toContainText('Emily Carter');
    await expect(order.nth(0)).toContainText('Signed');
    await expect(order.nth(1)).toContainText('健 渡辺 (you)');
    await expect(order.nth(1)).toContainText('Signing now');
    await expect(order.nth(2)).toContainText('Waiting');
  });

  test('the third lease signer waits for the second, named with their place', async ({ page }) => {
    await page.goto(demoLink(LEASE, 'فاطمة الزهراء'));

    await expect(
      page.getByText('Waiting for 健 渡辺 (signer 2 of 3) to sign first').first(),
    ).toBeVisible();
  });

  test('a signer sees no other signer’s contact details', async ({ page }) => {
    await page.goto(demoLink(LEASE, '健 渡辺'));

    const html = await page.content();
    expect(html).not.toContain('emily.carter+lease@example.com');
    expect(html).not.toContain('fatima.alzahra@example.net');
  });

  test('each document opens on its own page, with its PDF to download', async ({
    page,
    request,
  }) => {
    await page.goto(demoLink(LEASE, '健 渡辺'));
    await page.getByRole('link', { name: 'Read and sign: Residential lease agreement' }).click();

    await expect(page.getByRole('heading', { name: 'Residential lease agreement' })).toBeVisible();
    const href = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const response = await request.get(href!);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a document page shows only the form’s own messages from its address', async ({ page }) => {
    await page.goto(demoLink(LEASE, '健 渡辺'));
    await page.getByRole('link', { name: 'Read and sign: Residential lease agreement' }).click();
    const documentUrl = page.url();

    await page.goto(`${documentUrl}?problem=${encodeURIComponent('Call +1 555 0100 to sign')}`);
    await expect(page.getByRole('heading', { name: 'Residential lease agreement' })).toBeVisible();
    await expect(page.getByText('Call +1 555 0100')).toHaveCount(0);

    await page.goto(`${documentUrl}?problem=${encodeURIComponent('Type your name to sign.')}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Type your name' })).toBeVisible();
  });

  test('a document of another package is not served through this link', async ({ request }) => {
    const path = `${demoLink(LEASE, '健 渡辺')}/documents/00000000-0000-4000-8000-000000000000/pdf`;

    expect((await request.get(path)).status()).toBe(404);
  });

  test('the video signing room offers its meeting as a calendar file', async ({
    page,
    request,
  }) => {
    await page.goto(demoLink(CLOSING, 'Oliver Bennett'));
    await expect(page.getByText(/^Signing opens in \d+ days?/)).toBeVisible();

    const href = await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
    const response = await request.get(href!);
    const ics = await response.text();

    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(ics).toMatch(/DTSTART:\d{8}T170000Z/);
    expect(ics).toContain('SUMMARY:Video signing: Closing: 7 Birch Lane');
  });

  test('a cancelled package shows the sender’s message', async ({ page }) => {
    await page.goto(demoLink('Purchase offer: 31 Oak Avenue', 'Chloé Dubois'));

    await expect(page.getByText('The sellers accepted another offer.')).toBeVisible();
  });
});

test.describe('[SIGNER] times in the signer’s own zone', () => {
  for (const [timeZone, expected] of [
    ['Asia/Kolkata', /10:30 PM GMT\+5:30/],
    ['America/Los_Angeles', /9:00 AM PST/],
  ] as const) {
    test.describe(timeZone, () => {
      test.use({ timezoneId: timeZone, locale: 'en-US' });

      test(`the deadline and link expiry read in ${timeZone}, zone named`, async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });

        await page.goto(demoLink(LEASE, '健 渡辺'));

        const signBy = page.getByRole('definition').first();
        await expect(signBy).toHaveText(expected);
        await expect(signBy).toContainText(/in \d+ days/);

        // The zone is remembered, so the next page is rendered in it from the start.
        await page.reload();
        await expect(page.getByRole('definition').first()).toHaveText(expected);
        expect(errors.filter((error) => /hydrat/i.test(error))).toEqual([]);
      });
    });
  }
});

test.describe('[SIGNER] pages for links that do not work', () => {
  test('an unknown token is a 404 with its own page, and passes an axe scan', async ({ page }) => {
    const response = await page.goto('/sign/AAAAAAAAAAAAAAAAAAAAAA');

    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { name: 'This signing link does not work' }),
    ).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a malformed token is a 404 too, never an error', async ({ request }) => {
    for (const token of ['x', "'%20or%201=1--", '%E2%80%AE'.repeat(8), 'A'.repeat(500)]) {
      expect((await request.get(`/sign/${token}`)).status()).toBe(404);
    }
  });
});

test.describe('[SIGNER] response headers', () => {
  for (const [label, path] of [
    ['an open package', () => demoLink(LEASE, '健 渡辺')],
    ['an expired link', () => demoLink('Offer letter: Leasing consultant', 'Daniel Kim')],
    ['an unknown token', () => '/sign/AAAAAAAAAAAAAAAAAAAAAA'],
  ] as const) {
    test(`the page for ${label} is private, uncached and unindexed`, async ({ request }) => {
      const response = await request.get(path());
      const headers = response.headers();

      expect(headers['cache-control']).toContain('no-store');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-robots-tag']).toContain('noindex');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }
});

test.describe('[SIGNER] README', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('screenshot of the signer page on a phone', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'The README shows the phone.');

    await page.goto(demoLink(LEASE, '健 渡辺'));
    await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/signer-page-phone.png', fullPage: true });
  });
});
