import { test, expect } from '@playwright/test';
import { expectAccessible, fillRegistration, markNoJs, uniqueEmail } from './helpers';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('empty, oversized and invalid fields get messages beside them and keep what was typed', async ({ page }) => {
      if (!js) markNoJs(page);
      await page.goto('/register');
      await page.getByRole('button', { name: 'Create account' }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toContainText('There is a problem');
      for (const id of ['name', 'email', 'password', 'organization', 'stakeholder_type', 'country', 'consent']) {
        await expect(page.locator(`#f-${id}-error`)).toBeVisible();
      }
      await expect(page.locator('#f-name')).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page);

      await fillRegistration(page, 'not-an-address');
      await page.getByLabel('Organization').fill('O'.repeat(201));
      await page.getByLabel('Full name').fill('Amina 🌍 Diallo');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.locator('#f-email-error')).toHaveText('Enter an e-mail address like name@example.org.');
      await expect(page.locator('#f-organization-error')).toHaveText('Use at most 200 characters.');
      await expect(page.locator('#f-name-error')).toHaveCount(0);
      await expect(page.getByLabel('E-mail address')).toHaveValue('not-an-address');
      await expect(page.getByLabel('Full name')).toHaveValue('Amina 🌍 Diallo');
      await expect(page.getByLabel('Country')).toHaveValue('SN');
      await expect(page.getByLabel('Stakeholder type')).toHaveValue('government');
      await expect(page.getByLabel(/I agree/)).toBeChecked();
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
      await expectAccessible(page);

      // The summary links lead to the fields.
      await page.getByRole('link', { name: /E-mail address:/ }).click();
      await expect(page).toHaveURL(/#f-email$/);

      await page.getByLabel('E-mail address').fill(uniqueEmail('fixed'));
      await page.getByLabel('Organization').fill('Senegal ICT Agency');
      await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
    });
  });
}
