import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { waitForMail } from './support/mail';
import { signIn } from './support/owner';
import { seedTestPackage, type SeededPackage } from './support/seed';
import { seedOtherOrganization } from './support/seed-organization';

const SIGNERS = [
  { firstName: 'Ana', lastName: 'Silva', order: 1 },
  { firstName: 'Kenji', lastName: 'Watanabe', order: 2 },
];

/** The axe scan passes and nothing is wider than the screen. */
async function expectAccessibleAndFitting(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openPackage(page: Page, seeded: SeededPackage) {
  await signIn(page, seeded.owner);
  await page.goto(`/dashboard/packages/${seeded.packageId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Test lease/ })).toBeVisible();
}

const activity = (page: Page) => page.getByRole('region', { name: 'Activity' });
/** What the last action did (the live progress has a status line of its own). */
const notice = (page: Page) => page.getByRole('status').and(page.locator('#outcome'));
/** The refusal of the last action (the route announcer is an alert too, but empty). */
const refusal = (page: Page) => page.getByRole('alert').and(page.locator('#outcome'));
const packageActions = (page: Page) => page.getByRole('list', { name: 'Package actions' });

test.describe('[OWNER ACTIONS]', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a draft is sent after confirming; its signers are mailed and not reminded again at once', async ({
    page,
  }) => {
    const draft = await seedTestPackage({ type: 'Sequential', signers: SIGNERS, state: 'draft' });
    await openPackage(page, draft);

    await expect(page.getByText('Draft', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Remind now/ })).toHaveCount(0);
    await expect(packageActions(page).getByRole('link', { name: 'Cancel package' })).toHaveCount(0);
    await expectAccessibleAndFitting(page);

    await packageActions(page).getByRole('link', { name: 'Send for signature' }).click();
    await expect(
      page.getByRole('heading', { name: /^Send “Test lease .*” for signature\?$/ }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(draft.emails[1]!);
    await expectAccessibleAndFitting(page);

    // The keyboard alone confirms: the button is reached and pressed without a pointer.
    const send = page.getByRole('button', { name: 'Send for signature' });
    await send.focus();
    await page.keyboard.press('Enter');

    await expect(notice(page)).toHaveText(/^Sent for signature\./);
    await expect(page.getByText('Out for signature', { exact: true })).toBeVisible();
    await expect(
      packageActions(page).getByRole('link', { name: 'Send for signature' }),
    ).toHaveCount(0);
    await expect(activity(page)).toContainText('Sent for signature by Olivia Grant');
    await expectAccessibleAndFitting(page);

    const invitation = await waitForMail(draft.emails[0]!);
    expect(invitation).toContain('Please sign: Test lease');
    const link = /https?:\/\/\S+\/sign\/\S+/.exec(invitation)?.[0];
    expect(link).toBeDefined();

    // Just invited, so a reminder now is refused.
    await page.getByRole('link', { name: 'Remind now: Ana Silva' }).click();
    await expect(page.getByRole('heading', { name: 'Remind Ana Silva now?' })).toBeVisible();
    await page.getByRole('button', { name: 'Send reminder' }).click();
    await expect(refusal(page)).toContainText('emailed less than 12 hours ago');
    await expect(refusal(page)).toContainText('a reminder can go out from');
    await expectAccessibleAndFitting(page);

    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
  });

  test('a signer is reminded once; a second reminder within 12 hours is refused', async ({
    page,
  }) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    await openPackage(page, seeded);

    await page.getByRole('link', { name: 'Remind now: Kenji Watanabe' }).click();
    await expect(page.getByRole('heading', { name: 'Remind Kenji Watanabe now?' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Not emailed yet.');
    await expectAccessibleAndFitting(page);
    await page.getByRole('button', { name: 'Send reminder' }).click();

    await expect(notice(page)).toHaveText(
      'Reminder sent: an email with their signing link is on its way to Kenji Watanabe.',
    );
    await expect(activity(page)).toContainText('Reminder sent to Kenji Watanabe by Olivia Grant');
    await expectAccessibleAndFitting(page);

    const reminder = await waitForMail(seeded.emails[1]!);
    expect(reminder).toContain('Reminder: please sign Test lease');
    expect(reminder).toContain(`${seeded.paths[1]}`);

    await page.getByRole('link', { name: 'Remind now: Kenji Watanabe' }).click();
    await expect(page.getByRole('main')).toContainText('Last emailed');
    await page.getByRole('button', { name: 'Send reminder' }).click();

    await expect(refusal(page)).toContainText(
      'No reminder sent: this signer was emailed less than 12 hours ago.',
    );
    await expect(activity(page).getByText(/^Reminder sent/)).toHaveCount(1);
  });

  test('a new link is shown once to copy, and the old link stops working', async ({
    page,
    context,
    browserName,
  }) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    await page.goto(seeded.paths[0]!);
    await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
    await openPackage(page, seeded);

    await page.getByRole('link', { name: 'New link: Ana Silva' }).click();
    await expect(
      page.getByRole('heading', { name: 'Issue a new signing link for Ana Silva?' }),
    ).toBeVisible();
    await expectAccessibleAndFitting(page);
    await page.getByRole('button', { name: 'Issue new link' }).click();

    await expect(
      page.getByRole('heading', { name: 'New signing link for Ana Silva' }),
    ).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Signing link for Ana Silva' });
    const link = await field.inputValue();
    expect(link).toMatch(/\/sign\/[A-Za-z0-9_-]+$/);
    expect(new URL(link).pathname).not.toBe(seeded.paths[0]);

    expect(browserName).toBe('chromium');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectAccessibleAndFitting(page);

    await page.getByRole('button', { name: 'Done, back to the package' }).click();
    await expect(activity(page)).toContainText(
      'New signing link issued for Ana Silva by Olivia Grant',
    );

    // Shown once: coming back shows no link.
    await page.goto(`/dashboard/packages/${seeded.packageId}/new-link`);
    await expect(page.getByRole('heading', { name: 'No new link to show' })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessibleAndFitting(page);

    await page.goto(seeded.paths[0]!);
    await expect(
      page.getByRole('heading', { name: 'This signing link does not work' }),
    ).toBeVisible();
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
  });

  test('extending an expired package opens it again for its signers', async ({ page }) => {
    const seeded = await seedTestPackage({
      type: 'Sequential',
      signers: SIGNERS,
      deadlinePassed: true,
    });
    await page.goto(seeded.paths[0]!);
    await expect(
      page.getByRole('heading', { name: 'The deadline for signing has passed' }),
    ).toBeVisible();
    await openPackage(page, seeded);

    await expect(page.getByText('Expired', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Remind now/ })).toHaveCount(0);
    await packageActions(page).getByRole('link', { name: 'Extend deadline by 7 days' }).click();

    await expect(
      page.getByRole('heading', { name: 'Extend the deadline by 7 days?' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('The package has expired; it opens again');
    await expectAccessibleAndFitting(page);
    await page.getByRole('button', { name: 'Extend deadline' }).click();

    await expect(notice(page)).toHaveText(/^Deadline extended by 7 days\./);
    await expect(page.getByText('Out for signature', { exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('in 7 days');
    await expect(activity(page)).toContainText('Deadline extended by Olivia Grant');
    await expectAccessibleAndFitting(page);

    await page.goto(seeded.paths[0]!);
    await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
  });

  test('a package is cancelled with a message that its signers are told', async ({ page }) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    await openPackage(page, seeded);

    await packageActions(page).getByRole('link', { name: 'Cancel package' }).click();
    await expect(page.getByRole('heading', { name: /^Cancel “Test lease .*”\?$/ })).toBeVisible();
    await page
      .getByLabel('Message to the signers (optional)')
      .fill('The flat was let to someone else; sorry for the trouble.');
    await expect(page.getByLabel('Email the signers that it is cancelled')).toBeChecked();
    await expectAccessibleAndFitting(page);
    await page.getByRole('button', { name: 'Cancel the package' }).click();

    await expect(notice(page)).toHaveText(/^The package is cancelled\./);
    await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('The flat was let to someone else');
    await expect(packageActions(page).getByRole('link')).toHaveText(['Delete package']);
    await expect(page.getByRole('link', { name: /^(Remind now|New link)/ })).toHaveCount(0);
    await expect(activity(page)).toContainText('Package cancelled by Olivia Grant');
    await expectAccessibleAndFitting(page);

    // A confirmation page kept open from before says that the action no longer applies.
    await page.goto(`/dashboard/packages/${seeded.packageId}/confirm/rescind`);
    await expect(
      page.getByRole('heading', { name: 'This action does not apply now' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel the package' })).toHaveCount(0);
    await expectAccessibleAndFitting(page);

    const note = await waitForMail(seeded.emails[1]!);
    expect(note).toContain('The flat was let to someone else; sorry for the trouble.');

    await page.goto(seeded.paths[1]!);
    await expect(
      page.getByRole('heading', { name: 'This signing request was cancelled' }),
    ).toBeVisible();
  });

  test('a deleted package is gone, and the list says so', async ({ page }) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    await openPackage(page, seeded);

    await packageActions(page).getByRole('link', { name: 'Delete package' }).click();
    await expect(page.getByRole('heading', { name: /^Delete “Test lease .*”\?$/ })).toBeVisible();
    await expectAccessibleAndFitting(page);

    // Keeping it changes nothing.
    await page.getByRole('link', { name: 'Keep it' }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/packages/${seeded.packageId}$`));
    await packageActions(page).getByRole('link', { name: 'Delete package' }).click();
    await page.getByRole('button', { name: 'Delete the package' }).click();

    await expect(page).toHaveURL(/\/dashboard\?notice=deleted$/);
    await expect(page.getByRole('status').first()).toHaveText('The package was deleted.');
    await expect(page.getByRole('main')).not.toContainText('Test lease');
    await expectAccessibleAndFitting(page);

    const gone = await page.goto(`/dashboard/packages/${seeded.packageId}`);
    expect(gone?.status()).toBe(404);
    await page.goto(seeded.paths[0]!);
    await expect(
      page.getByRole('heading', { name: 'This signing link does not work' }),
    ).toBeVisible();
  });

  test("another organization's package cannot be confirmed or changed", async ({ page }) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    const other = await seedOtherOrganization();
    await signIn(page, seeded.owner);

    const confirm = await page.goto(`/dashboard/packages/${other.packageId}/confirm/delete`);
    expect(confirm?.status()).toBe(404);

    const origin = new URL(page.url()).origin;
    for (const action of ['delete', 'rescind', 'extend']) {
      const response = await page.request.post(
        `/dashboard/packages/${other.packageId}/actions/${action}`,
        { form: { rescindMessage: 'No' }, headers: { Origin: origin }, maxRedirects: 0 },
      );
      expect(response.status()).toBe(404);
    }
  });

  test('without JavaScript, a new link is issued and shown ready to select, with no copy button', async ({
    page,
    browser,
  }, testInfo) => {
    const seeded = await seedTestPackage({ type: 'Sequential', signers: SIGNERS });
    // Signing in takes scripts; the actions themselves do not.
    await openPackage(page, seeded);
    const scriptless = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: testInfo.project.use.viewport,
      isMobile: testInfo.project.use.isMobile,
      userAgent: testInfo.project.use.userAgent,
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await scriptless.newPage();

    try {
      await plain.goto(`/dashboard/packages/${seeded.packageId}`);
      await plain.getByRole('link', { name: 'New link: Kenji Watanabe' }).click();
      await plain.getByRole('button', { name: 'Issue new link' }).click();

      const field = plain.getByRole('textbox', { name: 'Signing link for Kenji Watanabe' });
      await expect(field).toHaveValue(/\/sign\/[A-Za-z0-9_-]+$/);
      await expect(plain.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

      await plain.getByRole('button', { name: 'Done, back to the package' }).click();
      await expect(activity(plain)).toContainText('New signing link issued for Kenji Watanabe');
    } finally {
      await scriptless.close();
    }
  });
});
