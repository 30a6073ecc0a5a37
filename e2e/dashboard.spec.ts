import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { demo } from './support/demo';
import { signInAsDemoOwner } from './support/owner';
import { seedOtherOrganization } from './support/seed-organization';

const LEASE = 'Lease: 42 Harbour Street, Unit 3B';
const MOVE_IN = 'Move-in inspection: 42 Harbour Street';
const LISTING = 'Listing agreement: 18 Cedar Road';

/** The axe scan passes and nothing is wider than the screen. */
async function expectAccessibleAndFitting(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const packageList = (page: Page) => page.getByRole('list', { name: 'Packages', exact: true });
const packageNames = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });

/** The total the list says it shows ("Showing 1–9 of 9 packages"). */
async function listedTotal(page: Page): Promise<number> {
  const text =
    (await page.getByRole('heading', { name: /^Showing|^No packages/ }).innerText()) ?? '';

  return Number(/of (\d+) packages?/.exec(text)?.[1] ?? 0);
}

test.describe('[DASHBOARD] sign-in', () => {
  test('a signed-out visitor is sent to the sign-in page, which passes an axe scan', async ({
    page,
  }) => {
    await page.goto('/dashboard');

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expectAccessibleAndFitting(page);
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(demo().owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(
      page.getByRole('alert').filter({ hasText: 'That email address and password do not match' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectAccessibleAndFitting(page);
  });

  test('the owner signs in, sees their organization and name, and signs out', async ({ page }) => {
    await signInAsDemoOwner(page);

    const header = page.getByRole('banner');
    await expect(header).toContainText('Demo Realty');
    await expect(header).toContainText('Olivia Grant');

    await header.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe('[DASHBOARD] package list', () => {
  test.beforeEach(async ({ page }) => {
    await signInAsDemoOwner(page);
  });

  test('each count by state equals the length of the list its filter shows', async ({ page }) => {
    const states = page.getByRole('navigation', { name: 'Packages by state' }).getByRole('link');
    const labels = await states.allInnerTexts();

    expect(labels.length).toBeGreaterThanOrEqual(6);

    for (const label of labels) {
      const name = label.split('\n').pop()!.trim();
      await page
        .getByRole('navigation', { name: 'Packages by state' })
        .getByRole('link', { name: new RegExp(`${name}$`) })
        .click();

      const current = page.locator('nav[aria-label="Packages by state"] a[aria-current="page"]');
      await expect(current).toContainText(name);
      const count = Number(await current.locator('[data-count]').getAttribute('data-count'));

      expect([name, await listedTotal(page)]).toEqual([name, count]);
      if (count > 0) {
        await expect(packageNames(page)).toHaveCount(Math.min(count, 25));
      }
    }
  });

  test('each package shows its type, state, progress, turn, deadline and marks', async ({
    page,
  }) => {
    const lease = packageList(page).getByRole('listitem').filter({ hasText: LEASE });
    await expect(lease).toContainText('Sequential');
    await expect(lease).toContainText('Out for signature');
    await expect(lease).toContainText('2 of 6 signed');
    await expect(lease).toContainText('Next to sign: 健 渡辺');
    await expect(lease).toContainText(/Sign by .*E[SD]T \(in \d+ days\)/);

    const offer = packageList(page)
      .getByRole('listitem')
      .filter({ hasText: 'Offer letter: Leasing consultant' });
    await expect(offer).toContainText('Group Send');
    await expect(offer).toContainText('Link expired: Daniel Kim');

    const expired = packageList(page)
      .getByRole('listitem')
      .filter({ hasText: 'Purchase offer: 9 Elm Court' });
    await expect(expired).toContainText('Expired');
    await expect(expired).toContainText('Overdue');

    await expectAccessibleAndFitting(page);
  });

  test('filters by state and type live in the address and survive a reload', async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Packages by state' })
      .getByRole('link', { name: /Completed$/ })
      .click();
    // Other tests complete packages of their own in this organization, so look for the demo's.
    await expect(packageNames(page).filter({ hasText: MOVE_IN })).toHaveCount(1);
    await expect(packageNames(page).filter({ hasText: LEASE })).toHaveCount(0);

    await page.getByLabel('Type').selectOption({ label: 'In Person' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('No package matches these filters.')).toBeVisible();

    await page.goto('/dashboard?type=Live+Session');
    await expect(packageNames(page)).toHaveText([LISTING]);
    await page.reload();
    await expect(packageNames(page)).toHaveText([LISTING]);
    await expect(page.getByLabel('Type')).toHaveValue('Live Session');
    await expectAccessibleAndFitting(page);
  });

  test('a value that is not valid is named, and the rest of the view still applies', async ({
    page,
  }) => {
    await page.goto('/dashboard?state=Open&type=Live%20Session');

    await expect(page.getByRole('status')).toContainText('“Open” is not a state to filter by');
    await expect(packageNames(page)).toHaveText([LISTING]);
  });

  test('search finds signer emails with +, in any case, and from a typed address', async ({
    page,
  }) => {
    await page.getByLabel('Search packages and signers').fill('emily.carter+lease@example.com');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/q=emily\.carter%2Blease%40example\.com/);
    // Demo packages share one creation time, so newest-first leaves their order open.
    await expect(packageNames(page)).toHaveCount(2);
    expect((await packageNames(page).allInnerTexts()).sort()).toEqual([LEASE, MOVE_IN]);

    // Typed into the address bar, + arrives as a space; the address is still found.
    await page.goto('/dashboard?q=emily.carter+lease@example.com&sort=name');
    await expect(packageNames(page)).toHaveText([LEASE, MOVE_IN]);

    await page.goto('/dashboard?q=CEDAR');
    await expect(packageNames(page)).toHaveText([LISTING]);
    await page.goto(`/dashboard?q=${encodeURIComponent('渡辺')}&type=Sequential`);
    await expect(packageNames(page).filter({ hasText: LEASE })).toHaveCount(1);
    await expect(packageNames(page).filter({ hasText: MOVE_IN })).toHaveCount(0);
    await expectAccessibleAndFitting(page);
  });
});

test.describe('[DASHBOARD] package page', () => {
  test.beforeEach(async ({ page }) => {
    await signInAsDemoOwner(page);
  });

  test('the lease’s matrix: Emily Carter signed, 健 渡辺 next, فاطمة الزهراء waiting', async ({
    page,
  }, testInfo) => {
    await page.getByRole('link', { name: LEASE }).click();
    await expect(page.getByRole('heading', { name: LEASE, level: 1 })).toBeVisible();

    const documents = ['Residential lease agreement', 'Property condition disclosure'];

    if (testInfo.project.name === 'phone') {
      // On a phone each document lists its signers in order, each with where they stand.
      const matrix = page.getByRole('list', { name: 'Signatures by document and signer' });
      for (const document of documents) {
        const signers = matrix
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: document }) })
          .getByRole('listitem');
        await expect(signers.nth(0)).toContainText(/1\. Emily Carter\s*Signed.*E[SD]T/);
        await expect(signers.nth(1)).toContainText(/2\. 健 渡辺\s*Next$/);
        await expect(signers.nth(2)).toContainText(/3\. فاطمة الزهراء\s*Waiting$/);
      }
    } else {
      const table = page.getByRole('table', { name: 'Signatures by document and signer' });
      await expect(table.getByRole('columnheader')).toHaveText([
        'Document',
        '1. Emily Carter',
        '2. 健 渡辺',
        '3. فاطمة الزهراء',
      ]);
      for (const document of documents) {
        const cells = table.getByRole('row', { name: new RegExp(document) }).getByRole('cell');
        await expect(cells.nth(0)).toContainText(/Signed.*E[SD]T/);
        await expect(cells.nth(1)).toHaveText('Next');
        await expect(cells.nth(2)).toHaveText('Waiting');
      }
    }

    const signers = page.getByRole('region', { name: 'Signers, in signing order' });
    await expect(signers.getByRole('listitem').first()).toContainText(
      'emily.carter+lease@example.com',
    );
    await expect(page.getByRole('region', { name: 'Activity' })).toContainText(
      'Signed a document by Emily Carter',
    );
    await expectAccessibleAndFitting(page);
  });

  test('the original PDF downloads for the owner', async ({ page }) => {
    await page.getByRole('link', { name: LEASE }).click();
    const href = await page
      .getByRole('link', { name: 'Download original PDF: Residential lease agreement' })
      .getAttribute('href');
    const response = await page.request.get(href!);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a completed package offers its signed PDF and certificate; an open one does not', async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Move-in inspection: 42 Harbour Street' }).click();
    const downloads = [
      page.getByRole('link', { name: 'Download signed PDF: Move-in inspection checklist' }),
      page.getByRole('link', { name: 'Certificate of completion' }),
    ];

    for (const link of downloads) {
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    await page.goBack();
    await page.getByRole('link', { name: LEASE }).click();
    await expect(page.getByRole('heading', { name: LEASE, level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /Download signed PDF/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Certificate of completion' })).toHaveCount(0);
  });

  test('an in-person package offers to start in-person signing', async ({ page }) => {
    await page.getByRole('link', { name: LISTING }).click();

    const start = page.getByRole('link', { name: 'Start in-person signing' });
    await expect(start).toBeVisible();
    expect(await start.getAttribute('href')).toMatch(/^\/dashboard\/packages\/[\w-]+\/in-person$/);
    await expectAccessibleAndFitting(page);
  });

  test('another organization’s package and document are not found', async ({ page }) => {
    const other = await seedOtherOrganization();

    const response = await page.goto(`/dashboard/packages/${other.packageId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Package not found' })).toBeVisible();
    await expectAccessibleAndFitting(page);

    const file = await page.request.get(
      `/dashboard/packages/${other.packageId}/documents/${other.documentId}/original`,
    );
    expect(file.status()).toBe(404);
    expect((await page.goto('/dashboard/packages/not-a-package'))?.status()).toBe(404);
  });
});

test.describe('[DASHBOARD] README', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('screenshot of the package list on a desktop', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'The README shows the desktop.');

    await page.setViewportSize({ width: 1280, height: 1400 });
    await signInAsDemoOwner(page);
    await page.goto('/dashboard?sort=name');
    await expect(packageNames(page).first()).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/dashboard-desktop.png' });
  });
});
