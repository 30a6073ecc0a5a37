import { expect, type Page } from '@playwright/test';

import { demo } from './demo';

/** Signs the demo owner in through the sign-in page and waits for the package list. */
export async function signInAsDemoOwner(page: Page) {
  const { owner } = demo();
  if (!owner.password) throw new Error('The demo file holds no owner password.');

  await signIn(page, { email: owner.email, password: owner.password });
}

/** Signs a member in through the sign-in page and waits for the package list. */
export async function signIn(page: Page, member: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Checking a password is deliberately slow (bcrypt), more so while other tests run.
  await expect(page.getByRole('heading', { name: 'Packages', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
}
