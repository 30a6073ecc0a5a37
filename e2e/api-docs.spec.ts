import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { signInAsDemoOwner } from './support/owner';

/** The axe scan passes and nothing is wider than the screen. */
async function expectAccessibleAndFitting(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('[API DOCS] the package API page', () => {
  // Sign-in (bcrypt) and an axe scan of a long page are slow on a busy machine.
  test.setTimeout(120_000);

  test('the owner opens it from the header and reads each endpoint’s fields', async ({ page }) => {
    await signInAsDemoOwner(page);

    await page.getByRole('link', { name: 'API', exact: true }).click();

    await expect(page).toHaveURL(/\/dashboard\/api$/);
    await expect(page.getByRole('heading', { name: 'Package API', level: 1 })).toBeVisible();

    const endpoints = page.getByRole('navigation', { name: 'Endpoints' });
    await expect(endpoints.getByRole('link', { name: /packages\/update/ })).toBeVisible();

    const add = page.getByRole('region', { name: /^post \/packages\/add$/i });
    const requestFields = add.getByRole('list', { name: 'Request fields' });
    const typeField = requestFields.getByRole('listitem').filter({
      has: page.locator('code', { hasText: /^type$/ }),
    });
    await expect(typeField).toContainText('"Live Session"');
    await expect(typeField).toContainText('Default "concurrent"');
    await expect(
      requestFields.getByRole('listitem').filter({ hasText: 'signers[].email' }),
    ).toContainText('required');

    const status = page.getByRole('region', { name: /^get \/packages\/{packageId}\/status$/i });
    await expect(
      status.getByRole('list', { name: 'Answer fields' }).getByText('signers[].links[].isNext'),
    ).toBeVisible();

    await expectAccessibleAndFitting(page);
  });

  test('the page links the OpenAPI document, which is served without a key', async ({
    page,
    request,
  }) => {
    await signInAsDemoOwner(page);
    await page.goto('/dashboard/api');

    const href = await page
      .getByRole('link', { name: 'The OpenAPI 3.1 document (JSON)' })
      .getAttribute('href');
    const response = await request.get(href!);

    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.api_key).toMatchObject({ in: 'header' });
    expect(Object.keys(document.paths)).toContain('/packages/update');
  });

  test('a signed-out visitor is sent to sign in', async ({ page }) => {
    await page.goto('/dashboard/api');

    await expect(page).toHaveURL(/\/sign-in$/);
  });
});
