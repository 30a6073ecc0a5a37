import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';

import { fixtureDir, readFixture } from '@/lib/pdf/testing/pdf-fixtures';

import { waitForMail } from './support/mail';
import { signIn } from './support/owner';
import { seedTestPackage } from './support/seed';

/** The axe scan passes and nothing is wider than the screen. */
async function expectAccessibleAndFitting(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A small one-page PDF with a line of text, made for the test. */
async function smallPdf(title: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([612, 792]).drawText(title, { x: 72, y: 700, size: 18, font });

  return Buffer.from(await doc.save());
}

/** An owner of an organization of the test's own, signed in, so nothing shows in the demo's. */
async function signInAsOwnOrganization(page: Page) {
  const seeded = await seedTestPackage({
    type: 'Sequential',
    signers: [{ firstName: 'Ana', lastName: 'Silva', order: 1 }],
  });
  await signIn(page, seeded.owner);

  return seeded;
}

const run = () => Math.random().toString(36).slice(2, 8);

/** `YYYY-MM-DDTHH:mm` some days from now, as a datetime-local input takes it. */
function localInDays(days: number, time = '17:00'): string {
  const date = new Date(Date.now() + days * 86_400_000);

  return `${date.toISOString().slice(0, 10)}T${time}`;
}

test.describe('[CREATE] a new package', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('two PDFs, signers in order, sent: signers are invited and the package is open', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signInAsOwnOrganization(page);
    const id = run();
    const first = `ana-${id}@example.test`;
    const second = `ken-${id}@example.test`;

    await page.getByRole('link', { name: 'New package' }).click();
    await expect(page.getByRole('heading', { name: 'New package', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Time zone')).toHaveValue('America/New_York');
    await expectAccessibleAndFitting(page);

    await page.getByLabel('PDF files to sign').setInputFiles([
      { name: 'lease.pdf', mimeType: 'application/pdf', buffer: await smallPdf('Lease') },
      { name: 'pet-rider.pdf', mimeType: 'application/pdf', buffer: await smallPdf('Rider') },
    ]);
    const documents = page.getByRole('list', { name: 'Documents to sign' });
    await expect(documents.getByRole('listitem')).toHaveCount(2);
    await expect(documents.getByLabel('Document name').first()).toHaveValue('lease');
    await documents.getByLabel('Document name').first().fill('Residential lease');

    await page.getByLabel('Package name').fill(`Lease ${id}: 12 Quay Street`);
    await page.getByRole('radio', { name: /Sequential/ }).check();
    await page.getByLabel('Sign by (date and time)').fill(localInDays(10));

    await page.getByLabel('First name of signer 1').fill('健');
    await page.getByLabel('Last name of signer 1').fill('渡辺');
    await page.getByLabel('Email address of signer 1').fill(second);
    await page.getByRole('button', { name: 'Add a signer' }).click();
    await expect(page.getByLabel('First name of signer 2')).toBeFocused();
    await page.getByLabel('First name of signer 2').fill('Ana');
    await page.getByLabel('Last name of signer 2').fill('Silva');
    await page.getByLabel('Email address of signer 2').fill('ana@not-an-address');

    // Ana signs first: moved up with the keyboard.
    await page.getByRole('button', { name: 'Move signer 2 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('First name of signer 1')).toHaveValue('Ana');
    await expect(page.getByLabel('First name of signer 2')).toHaveValue('健');

    await page.getByRole('button', { name: 'Send for signature' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'The package was not saved' });
    await expect(problems).toContainText('Give an email address like ana@example.com.');
    await expect(problems).toBeFocused();
    // Everything typed is still there, in the order it was put in.
    await expect(page.getByLabel('Package name')).toHaveValue(`Lease ${id}: 12 Quay Street`);
    await expect(page.getByLabel('Email address of signer 1')).toHaveValue('ana@not-an-address');
    await expect(page.getByLabel('Email address of signer 1')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByLabel('First name of signer 2')).toHaveValue('健');
    await expect(documents.getByRole('listitem')).toHaveCount(2);
    await expect(documents.getByLabel('Document name').first()).toHaveValue('Residential lease');
    await expectAccessibleAndFitting(page);

    await page.getByLabel('Email address of signer 1').fill(first);
    await page.getByRole('button', { name: 'Send for signature' }).click();

    await expect(page).toHaveURL(/\/dashboard\/packages\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lease ${id}: 12 Quay Street`);
    await expect(page.getByText('Out for signature').first()).toBeVisible();
    await expect(page.getByText('0 of 4 signed')).toBeVisible();
    await expect(page.getByText('Next to sign: Ana Silva')).toBeVisible();
    await expect(page.getByText(/Sign by/).locator('..')).toContainText(/5:00\sPM E[SD]T/);
    await expect(
      page.getByText('Residential lease').filter({ visible: true }).first(),
    ).toBeVisible();
    await expect(page.getByText('pet-rider.pdf')).toBeVisible();

    const invitation = await waitForMail(first);
    expect(invitation).toContain(`Lease ${id}: 12 Quay Street`);
    expect(invitation).toMatch(/\/sign\/[A-Za-z0-9_-]+/);
    expect(await waitForMail(second)).toContain('Please sign');
  });

  test('a file that is not a PDF and an encrypted PDF are refused at upload, with why', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signInAsOwnOrganization(page);
    await page.goto('/dashboard/packages/new');

    await page.getByLabel('PDF files to sign').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('These are notes, not a PDF.'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(
      '“notes.txt” was refused. This file is not a PDF. Save or export it as a PDF and upload it again.',
    );

    if (!fixtureDir) {
      test.info().annotations.push({
        type: 'skipped',
        description: 'PDF fixtures are absent: the encrypted upload was not tried.',
      });
    } else {
      await page.getByLabel('PDF files to sign').setInputFiles({
        name: 'encrypted-user-password.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(readFixture('encrypted-user-password.pdf')),
      });
      await expect(
        page.getByRole('alert').filter({ hasText: 'encrypted-user-password.pdf' }),
      ).toContainText(
        '“encrypted-user-password.pdf” was refused. This PDF is password-protected. Remove the password and upload it again.',
      );
    }

    await expect(page.getByRole('list', { name: 'Documents to sign' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Send for signature' }).click();
    await expect(page.locator('#form-problems')).toContainText('Upload at least one PDF to sign.');
    await expectAccessibleAndFitting(page);
  });

  test('a video signing room asks for its meeting time', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAsOwnOrganization(page);
    await page.goto('/dashboard/packages/new');

    await expect(page.getByLabel(/Video meeting starts/)).toHaveCount(0);
    await page.getByRole('radio', { name: /Video Signing Room/ }).check();
    await page.getByLabel('Package name').fill(`Closing ${run()}`);
    await page.getByRole('button', { name: 'Send for signature' }).click();

    await expect(page.locator('#form-problems')).toContainText(
      'Choose when the video signing meeting starts.',
    );
    await expect(page.getByLabel(/Video meeting starts/)).toBeVisible();
    await expect(page.getByRole('radio', { name: /Video Signing Room/ })).toBeChecked();
    await expectAccessibleAndFitting(page);
  });
});

test.describe('[CREATE] without scripts', () => {
  test('the form posts whole: refusals keep what was typed, then a draft is saved', async ({
    page: scriptedPage,
    browser,
  }) => {
    test.setTimeout(90_000);
    // Signing in needs scripts; the owner's session then browses with scripts turned off.
    await signInAsOwnOrganization(scriptedPage);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: test.info().project.use.baseURL,
      viewport: scriptedPage.viewportSize(),
      timezoneId: 'UTC',
      storageState: await scriptedPage.context().storageState(),
    });
    const page = await context.newPage();

    const name = `Offer ${run()}`;
    await page.goto('/dashboard/packages/new');
    await page.getByLabel('PDF files to sign').setInputFiles({
      name: 'offer.pdf',
      mimeType: 'application/pdf',
      buffer: await smallPdf('Offer'),
    });
    await page.getByLabel('Email address of signer 1').fill('bo@example.test');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await expect(page.locator('#form-problems')).toContainText(
      'Give the package a name signers will recognise',
    );
    await expect(page.getByLabel('Email address of signer 1')).toHaveValue('bo@example.test');
    await expect(page.getByLabel('Document name')).toHaveValue('offer');

    await page.getByRole('button', { name: 'Add a signer' }).click();
    await expect(page.getByLabel('First name of signer 2')).toBeVisible();
    await page.getByLabel('Package name').fill(name);
    await page.getByLabel('First name of signer 1').fill('Bo');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Draft').first()).toBeVisible();
    await context.close();
  });
});

test.describe('[API KEYS] the API keys page', () => {
  test('a key is shown once, works, and is refused once revoked', async ({ page, request }) => {
    test.setTimeout(90_000);
    await signInAsOwnOrganization(page);
    await page.getByRole('banner').getByRole('link', { name: 'API keys' }).click();
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
    await expectAccessibleAndFitting(page);

    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByText('Give the key a name')).toBeVisible();

    const keyName = `CRM ${run()}`;
    await page.getByLabel('Name of the new key').fill(keyName);
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByLabel('API key', { exact: true });
    await expect(shown).toHaveValue(/^spk_[A-Za-z0-9_-]{43}$/);
    const key = await shown.inputValue();
    await expect(page.getByRole('button', { name: 'Copy key' })).toBeVisible();
    await expectAccessibleAndFitting(page);

    const listed = page.getByRole('list', { name: 'API keys' }).getByRole('listitem');
    const row = listed.filter({ hasText: keyName });
    await expect(row).toContainText(key.slice(0, 12));
    await expect(row).toContainText('Last used');
    await expect(row).toContainText('Never');
    await expect(row).toContainText(/Created.*(E[SD]T|GMT|UTC)/s);

    const list = () =>
      request.post('/api/v1/packages/list', { headers: { api_key: key }, data: { take: 1 } });
    expect((await list()).status()).toBe(200);

    // Shown once: a fresh visit lists the key by its prefix only.
    await page.reload();
    await expect(page.getByLabel('API key', { exact: true })).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(key);
    await expect(row).not.toContainText('Never');

    await row.getByText(`Revoke “${keyName}”…`).click();
    await row.getByRole('button', { name: 'Yes, revoke this key' }).click();
    await expect(row).toContainText('Revoked: requests with this key are refused.');

    const refused = await list();
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toBe('api_key_not_authorized');
    await expectAccessibleAndFitting(page);
  });
});

test.describe('[LIVE] progress while the package page is open', () => {
  test('a signature made in another browser shows on the owner’s page without reloading', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const seeded = await seedTestPackage({
      type: 'Sequential',
      signers: [
        { firstName: 'Ana', lastName: 'Silva', order: 1 },
        { firstName: 'Bo', lastName: 'Berg', order: 2 },
      ],
    });
    await signIn(page, seeded.owner);
    await page.goto(`/dashboard/packages/${seeded.packageId}`);
    await expect(page.getByText('0 of 2 signed')).toBeVisible();
    await expect(page.getByText('Next to sign: Ana Silva')).toBeVisible();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const signerContext = await browser.newContext();
    const signer = await signerContext.newPage();
    await signer.goto(seeded.paths[0]!);
    await signer.getByRole('link', { name: /^Read and sign “/ }).click();
    await signer.getByRole('button', { name: 'I agree' }).click();
    await signer.getByLabel('Your name, as your signature').fill('Ana Silva');
    await signer.getByRole('button', { name: 'Review signature' }).click();
    await signer.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(signer.getByRole('status')).toContainText('You signed');
    await signerContext.close();

    await expect(page.getByText('1 of 2 signed')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Next to sign: Bo Berg')).toBeVisible();
    const signedCells = page.getByRole('main').getByText('Signed', { exact: true });
    await expect(signedCells.filter({ visible: true }).first()).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Activity' }).getByText('Signed a document by Ana Silva'),
    ).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

    await page.goto('/dashboard');
    const item = page.getByRole('list', { name: 'Packages' }).getByRole('listitem').first();
    await expect(item).toContainText('1 of 2 signed');
    await expectAccessibleAndFitting(page);
  });
});
