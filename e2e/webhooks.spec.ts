import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { signIn } from './support/owner';
import { seedWebhookDeliveries } from './support/seed-webhooks';

// Times are shown in the owner's zone, named: here the browser's, half an hour off the hour.
test.use({ timezoneId: 'Asia/Kolkata' });

test('[WEBHOOKS] the owner sees a failed delivery and one still waiting', async ({ page }) => {
  // Signing in checks a password with bcrypt, slow by design and slower beside other tests.
  test.setTimeout(90_000);
  const seeded = await seedWebhookDeliveries();

  await signIn(page, seeded.owner);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Webhooks' })
    .click();

  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('http://127.0.0.1:9/signing-events');

  const failed = page.getByRole('list', { name: 'Failed deliveries' }).getByRole('listitem');
  await expect(failed).toHaveCount(1);
  await expect(failed.getByRole('heading', { name: 'Failed: Package sent' })).toBeVisible();
  await expect(failed).toContainText(seeded.packageName);
  await expect(failed).toContainText('Harbour CRM');
  await expect(failed).toContainText('Attempts9, the last at');
  await expect(failed).toContainText('The endpoint answered HTTP 503.');
  await expect(failed).toContainText(/Given up.*GMT\+5:30/);

  const waiting = page.getByRole('list', { name: 'Waiting to be delivered' }).getByRole('listitem');
  await expect(waiting).toHaveCount(1);
  await expect(waiting.getByRole('heading', { name: 'Waiting: Document signed' })).toBeVisible();
  await expect(waiting).toContainText(/Next attempt.*GMT\+5:30 \(in (23 hours|1 day|tomorrow)\)/);

  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // Sent again, it waits for the deliverer, which fails it once more: nothing listens there.
  await failed.getByRole('button', { name: 'Send again' }).click();
  await expect(page).toHaveURL(/\/dashboard\/webhooks$/);
  await expect(
    page.getByRole('main').getByRole('listitem').filter({ hasText: 'Package sent' }),
  ).toContainText(/Waiting: Package sent|Attempts10, the last at/);

  await page.getByRole('link', { name: seeded.packageName }).first().click();
  await expect(page.getByRole('heading', { name: seeded.packageName, level: 1 })).toBeVisible();
});
