import { test, expect } from '@playwright/test';
import { expectAccessible, markNoJs, signUp, uniqueEmail } from './helpers';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a stakeholder makes an API token, uses it once and revokes it', async ({ page }) => {
      if (!js) markNoJs(page);
      const email = uniqueEmail(js ? 'api-js' : 'api-nojs');
      await signUp(page, email);
      await page.goto('/account');
      await page.getByRole('link', { name: 'API tokens' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('API tokens');
      await expect(page.getByText('You have no tokens yet.')).toBeVisible();
      await expectAccessible(page);

      // Nothing named, nothing ticked: a message next to each, the typed days kept.
      await page.getByLabel('Read', { exact: true }).uncheck();
      await page.getByLabel('Expires after (days)').fill('30');
      await page.getByRole('button', { name: 'Create the token' }).click();
      await expect(page.locator('#tk-name-error')).toContainText('Enter this information');
      await expect(page.locator('#tk-scopes-error')).toContainText('Choose at least one');
      await expect(page.getByLabel('Expires after (days)')).toHaveValue('30');
      await expectAccessible(page);

      await page.getByLabel('Name').fill('Programme sync');
      await page.getByLabel('Read', { exact: true }).check();
      await page.getByRole('button', { name: 'Create the token' }).click();
      await expect(page.getByRole('status')).toContainText('Your new token “Programme sync”');
      const secret = (await page.locator('#new-token').textContent())!.trim();
      expect(secret).toMatch(/^wsis_/);
      await expectAccessible(page);

      const me = await page.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
      expect(me.status()).toBe(200);
      expect((await me.json()).email).toBe(email);
      const write = await page.request.post('/api/v1/proposals', {
        headers: { Authorization: `Bearer ${secret}` },
        data: { title: 'Read tokens cannot write' },
      });
      expect(write.status()).toBe(403);

      await page.goto('/account/tokens');
      await expect(page.getByRole('cell', { name: 'Programme sync' })).toBeVisible();
      await page.getByRole('button', { name: 'Revoke Programme sync' }).click();
      await expect(page.getByRole('status')).toContainText('The token is revoked');
      const after = await page.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
      expect(after.status()).toBe(401);
      expect((await after.json()).error).toBe('unauthenticated');
    });
  });
}
