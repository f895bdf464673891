import { test, expect, Page } from '@playwright/test';
import { expectAccessible, fillRegistration, linkFromOutbox, markNoJs, uniqueEmail } from './helpers';

async function registerVerifyLoginLogout(page: Page, email: string) {
  await page.goto('/');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await expectAccessible(page);
  await fillRegistration(page, email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  await expectAccessible(page);

  await page.goto(linkFromOutbox(email));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your e-mail address');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page.getByRole('status')).toContainText('Your e-mail address is confirmed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expectAccessible(page);

  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Welcome back, Amina Diallo.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expect(page.getByText('Senegal ICT Agency')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toContainText('You have signed out');
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=\/account/);
}

test.describe('with JavaScript', () => {
  test('a stakeholder registers, verifies the address, signs in and out', async ({ page }) => {
    await registerVerifyLoginLogout(page, uniqueEmail('js'));
  });

  test('the password toggle island shows and hides the password', async ({ page }) => {
    await page.goto('/login');
    const toggle = page.getByRole('button', { name: 'Show password' });
    await expect(toggle).toBeVisible();
    const input = page.getByLabel('Password', { exact: true });
    await input.fill('secret words');
    await toggle.click();
    await expect(input).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide password' }).click();
    await expect(input).toHaveAttribute('type', 'password');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a stakeholder registers, verifies the address, signs in and out', async ({ page }) => {
    markNoJs(page);
    await registerVerifyLoginLogout(page, uniqueEmail('nojs'));
  });

  test('the password toggle stays hidden and the form still works', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Show password' })).toBeHidden();
    await page.getByLabel('E-mail address').fill('nobody@example.org');
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The e-mail address or the password is not right.');
    await expect(page.getByLabel('E-mail address')).toHaveValue('nobody@example.org');
  });
});
