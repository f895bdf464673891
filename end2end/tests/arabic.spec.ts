import { test, expect } from '@playwright/test';
import { chooseLanguage, expectAccessible } from './helpers';

test('Arabic readers get a right-to-left interface that passes axe', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('أسهموا');
  await expectAccessible(page);
  for (const path of ['/register', '/login', '/forgot-password', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectAccessible(page);
  }
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the browser language is honoured on the first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
  await context.close();
});
