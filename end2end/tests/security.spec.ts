import { test, expect } from '@playwright/test';
import { chooseLanguage } from './helpers';

test('a form posted from another site is refused', async ({ page }) => {
  // An attacker's page on another site posts a form to the portal.
  await page.route('http://attacker.test/', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: '<form id="f" method="post" action="http://127.0.0.1:3100/language"><input name="lang" value="ar"></form>',
    }),
  );
  await page.goto('http://attacker.test/');
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith('http://127.0.0.1:3100/language')),
    page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit()),
  ]);
  expect(resp.status()).toBe(403);
});

test('the same form posted from the portal itself passes without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/login');
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await context.close();
});
