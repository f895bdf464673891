import { test, expect } from '@playwright/test';
import { fillRegistration, linkFromOutbox, uniqueEmail } from './helpers';

// Cookies belong to a host, not a port: both instances on 127.0.0.1 see the
// same session cookie, as two instances behind one load balancer would.
const A = 'http://127.0.0.1:3101';
const B = 'http://127.0.0.1:3102';

test('two instances on one PostgreSQL share a sign-in', async ({ page }) => {
  const email = uniqueEmail('multi');
  await page.goto(`${A}/register`);
  await fillRegistration(page, email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  const link = linkFromOutbox(email, 3101);
  expect(link.startsWith(A)).toBeTruthy();
  // Confirm on instance B: it reads the token instance A wrote.
  await page.goto(link.replace(A, B));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto(`${A}/account`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${B}/account`);
  await expect(page).toHaveURL(/\/login/);
});
