import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { waitForMail } from './support/mail';
import { pdfTexts, sha256 } from './support/pdf-text';
import { seedTestPackage } from './support/seed';

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** Opens the first document to sign, agrees to sign electronically, and reaches the form. */
async function openAndConsent(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('link', { name: /^Read and sign “/ }).click();
  await expect(page.getByRole('heading', { name: /agree to sign electronically/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'I agree' }).click();
  await expect(page.getByRole('heading', { name: /^Sign “/ })).toBeVisible();
}

async function signTyped(page: Page, name: string) {
  await page.getByLabel('Your name, as your signature').fill(name);
  await page.getByRole('button', { name: 'Review signature' }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
}

async function signDrawn(page: Page) {
  // The document's pages come in above the pad: wait for them, so the pad stays put.
  await expect(page.getByText(/^\d+ pages?$/)).toBeVisible();
  await page.getByText('Draw', { exact: true }).click();
  const pad = page.getByRole('img', { name: 'Signature drawing area' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;

  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    const x = box.x + box.width * (0.1 + step * 0.065);
    const y = box.y + box.height * (0.6 - 0.3 * Math.sin(step));
    await page.mouse.move(x, y);
  }
  await page.mouse.up();

  await page.getByRole('button', { name: 'Review signature' }).click();
  await expect(page.getByRole('img', { name: 'Your drawn signature' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
}

test.describe('[SIGNING] a sequential lease signed by three signers in turn', () => {
  test('typed, drawn, typed; out of turn refused; executed PDF and certificate', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const lease = await seedTestPackage({
      type: 'Sequential',
      signers: [
        { firstName: 'Ana', lastName: 'Silva', order: 1 },
        { firstName: '健', lastName: '渡辺', order: 2 },
        { firstName: 'فاطمة', lastName: 'الزهراء', order: 3 },
      ],
    });
    const [first, second, third] = lease.paths as [string, string, string];

    await page.goto(`${second}/documents/${lease.documentIds[0]}`);
    await expect(page.getByText('It is not your turn to sign yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: /Sign|Review/ })).toHaveCount(0);

    await openAndConsent(page, first);
    await expectNoAxeViolations(page);
    await signTyped(page, 'Ana Silva');
    await expect(page.getByRole('status')).toContainText('You signed “Lease part 1”');
    await expect(page.getByRole('heading', { name: 'You have signed everything' })).toBeVisible();

    await openAndConsent(page, second);
    await signDrawn(page);
    await expect(page.getByRole('status')).toContainText('You signed');

    await openAndConsent(page, third);
    await signTyped(page, 'فاطمة الزهراء');
    await expect(page.getByRole('heading', { name: 'Everyone has signed' })).toBeVisible();
    await expectNoAxeViolations(page);

    const signedHref = await page
      .getByRole('link', { name: 'Download signed PDF: Lease part 1' })
      .getAttribute('href');
    const signed = await (await request.get(signedHref!)).body();
    const original = await (
      await request.get(`${third}/documents/${lease.documentIds[0]}/pdf`)
    ).body();
    const signedText = (await pdfTexts(signed)).join(' ');

    // Three signatures on one signature page, added after the document's own pages.
    expect((await pdfTexts(signed)).length).toBe((await pdfTexts(original)).length + 1);
    expect(signedText).toContain('Ana Silva');
    expect(signedText).toContain('渡辺');

    const certificate = await (await request.get(`${third}/certificate`)).body();
    const certificateText = (await pdfTexts(certificate)).join(' ').replace(/\s+/g, '');

    expect(certificateText).toContain(sha256(signed));
    expect(certificateText).toContain('Agreedtosignelectronically');
  });
});

test('[SIGNING] a signer declines with a reason; the others see who and why', async ({ page }) => {
  const nda = await seedTestPackage({
    type: 'concurrent',
    signers: [
      { firstName: 'Lucas', lastName: 'Moreau', order: 1 },
      { firstName: 'Minh Khai', lastName: 'Nguyễn Thị', order: 2 },
    ],
  });

  await page.goto(nda.paths[0]!);
  await page.getByRole('link', { name: 'Decline to sign' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Reason (optional)').fill('The rent is not what we agreed.');
  await page.getByRole('button', { name: 'Decline to sign' }).click();

  await expect(
    page.getByRole('heading', { name: 'This signing request was cancelled' }),
  ).toBeVisible();
  await expect(page.getByText('You declined to sign')).toBeVisible();

  await page.goto(nda.paths[1]!);
  await expect(page.getByText('Lucas Moreau declined to sign')).toBeVisible();
  await expect(page.getByText('The rent is not what we agreed.')).toBeVisible();
});

test.describe('[SIGNING] without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signer reads the overview, downloads the document and signs with a typed name', async ({
    page,
    request,
  }) => {
    const offer = await seedTestPackage({
      type: 'concurrent',
      signers: [{ firstName: 'Sofia', lastName: 'Rossi', order: 1 }],
    });

    await page.goto(offer.paths[0]!);
    await page.getByRole('link', { name: /^Read and sign “/ }).click();

    const download = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    expect((await request.get(download!)).headers()['content-type']).toBe('application/pdf');

    await page.getByRole('button', { name: 'I agree' }).click();
    await page.getByLabel('Your name, as your signature').fill('Sofia Rossi');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Everyone has signed' })).toBeVisible();
  });
});

test('[SIGNING] a signer with an expired link gets a new one by email, and it works', async ({
  page,
}) => {
  const offer = await seedTestPackage({
    type: 'concurrent',
    signers: [{ firstName: 'Aisha', lastName: 'Bello', order: 1 }],
    linksExpired: true,
  });

  const response = await page.goto(offer.paths[0]!);
  expect(response?.status()).toBe(410);
  await page.getByRole('button', { name: 'Email me a new link' }).click();

  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByText('@')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const mail = await waitForMail(offer.emails[0]!);
  const link = /https?:\/\/\S+\/sign\/[A-Za-z0-9_-]{22}/.exec(mail)![0];

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { name: /your turn to sign/ })).toBeVisible();
  expect((await page.goto(offer.paths[0]!))?.status()).toBe(404);
});
