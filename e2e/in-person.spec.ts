import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { signIn } from './support/owner';
import { seedTestPackage } from './support/seed';

test('[IN PERSON] the sender hands the device to each signer, who confirms and signs', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const listing = await seedTestPackage({
    type: 'Live Session',
    signers: [
      { firstName: 'María José', lastName: 'García', order: 1 },
      { firstName: 'Thomas', lastName: 'Müller', order: 2 },
    ],
  });

  await signIn(page, listing.owner);
  await page.goto(`/dashboard/packages/${listing.packageId}`);
  await page.getByRole('link', { name: 'Start in-person signing' }).click();

  for (const name of ['María José García', 'Thomas Müller']) {
    await expect(page.getByRole('heading', { name: `Hand this device to ${name}` })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: `I am ${name}` }).click();

    await page.getByRole('button', { name: 'I agree' }).click();
    await page.getByLabel('Your name, as your signature').fill(name);
    await page.getByRole('button', { name: 'Review signature' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
  }

  await expect(page.getByRole('heading', { name: 'Everyone has signed' })).toBeVisible();

  // The signers' own links now show the package as complete.
  await page.goto(listing.paths[1]!);
  await expect(page.getByRole('heading', { name: 'Everyone has signed' })).toBeVisible();
});
