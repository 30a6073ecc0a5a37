import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { demo, demoLink } from './support/demo';

const LEASE = 'Lease: 42 Harbour Street, Unit 3B';

/** Every demo link with the heading and HTTP status its signer must see. */
const EXPECTED: { packageName: string; signer: string; status: number; heading: RegExp }[] = [
  {
    packageName: LEASE,
    signer: 'Emily Carter',
    status: 200,
    heading: /You have signed everything/,
  },
  { packageName: LEASE, signer: '健 渡辺', status: 200, heading: /your turn to sign/ },
  { packageName: LEASE, signer: 'فاطمة الزهراء', status: 200, heading: /Not your turn yet/ },
  {
    packageName: 'Mutual NDA: Harbour Street renovation',
    signer: 'Minh Khai Nguyễn Thị',
    status: 200,
    heading: /your turn to sign/,
  },
  {
    packageName: 'Mutual NDA: Harbour Street renovation',
    signer: 'Lucas Moreau',
    status: 200,
    heading: /You have signed everything/,
  },
  {
    packageName: 'Offer letter: Leasing consultant',
    signer: 'Sofia Rossi',
    status: 200,
    heading: /your turn to sign/,
  },
  {
    packageName: 'Offer letter: Leasing consultant',
    signer: 'Daniel Kim',
    status: 410,
    heading: /This signing link has expired/,
  },
  {
    packageName: 'Offer letter: Leasing consultant',
    signer: 'Aisha Bello',
    status: 200,
    heading: /your turn to sign/,
  },
  {
    packageName: 'Closing: 7 Birch Lane',
    signer: 'Oliver Bennett',
    status: 200,
    heading: /Signing opens at the meeting/,
  },
  {
    packageName: 'Closing: 7 Birch Lane',
    signer: 'Ольга Петрова',
    status: 200,
    heading: /Signing opens at the meeting/,
  },
  {
    packageName: 'Listing agreement: 18 Cedar Road',
    signer: 'María José García',
    status: 200,
    heading: /You will sign in person/,
  },
  {
    packageName: 'Listing agreement: 18 Cedar Road',
    signer: 'Thomas Müller',
    status: 200,
    heading: /You will sign in person/,
  },
  {
    packageName: 'Move-in inspection: 42 Harbour Street',
    signer: 'Emily Carter',
    status: 200,
    heading: /Everyone has signed/,
  },
  {
    packageName: 'Move-in inspection: 42 Harbour Street',
    signer: 'Samuel Okafor',
    status: 200,
    heading: /Everyone has signed/,
  },
  {
    packageName: 'Purchase offer: 9 Elm Court',
    signer: 'Priya Raman',
    status: 410,
    heading: /The deadline for signing has passed/,
  },
  {
    packageName: 'Purchase offer: 9 Elm Court',
    signer: 'Jonas Berg',
    status: 410,
    heading: /The deadline for signing has passed/,
  },
  {
    packageName: 'Purchase offer: 31 Oak Avenue',
    signer: 'Chloé Dubois',
    status: 410,
    heading: /This signing request was cancelled/,
  },
  {
    packageName: 'Lease renewal: 5 Pine Street',
    signer: 'Noah Williams',
    status: 200,
    heading: /not ready to sign yet/,
  },
];

/** Fails the test on any error the page logs, hydration mismatches above all. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];

  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The browser reports the page's own 404 or 410 status as an error; that is intended.
    if (message.type() === 'error' && message.location().url !== page.url()) {
      errors.push(message.text());
    }
  });

  return errors;
}

test('[SIGNER] every demo signer has an expected page', () => {
  const listed = demo()
    .links.map((link) => `${link.packageName} / ${link.signer}`)
    .sort();
  const expected = EXPECTED.map((entry) => `${entry.packageName} / ${entry.signer}`).sort();

  expect(listed).toEqual(expected);
});

for (const entry of EXPECTED) {
  test(`[SIGNER] ${entry.signer} on “${entry.packageName}” sees ${entry.heading}`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(demoLink(entry.packageName, entry.signer));

    expect(response?.status()).toBe(entry.status);
    await expect(page.getByRole('heading', { name: entry.heading })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Demo Realty');

    const scan = await new AxeBuilder({ page }).analyze();
    expect(scan.violations).toEqual([]);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}
