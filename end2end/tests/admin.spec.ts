import { test, expect } from '@playwright/test';
import { expectAccessible, markNoJs, signIn } from './helpers';

// On the seeded instance, whose admin is admin@demo.wsis.test. Only
// accounts no other journey uses are changed.
const seeded = 'http://127.0.0.1:3103';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js, baseURL: seeded });

    test('an admin finds people, invites an organizer and deactivates an account', async ({ page }) => {
      if (!js) markNoJs(page);
      await page.goto('/login');
      await signIn(page, 'admin@demo.wsis.test', 'wsis-demo-2026');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
      await expectAccessible(page);

      const who = js ? 'stakeholder011@demo.wsis.test' : 'stakeholder012@demo.wsis.test';
      await page.getByLabel('Name, address or organization').fill(who);
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByText('People found: 1.')).toBeVisible();
      await page.getByRole('button', { name: /^Deactivate / }).click();
      await expect(page.getByRole('status').first()).toContainText('deactivated and signed out');
      await expect(page.getByRole('cell', { name: /Deactivated/ })).toBeVisible();
      await page.getByRole('button', { name: /^Reactivate / }).click();
      await expect(page.getByRole('status').first()).toContainText('active again');

      const email = `${js ? 'js' : 'nojs'}-${Date.now()}@un.test`;
      await page.getByLabel('E-mail address').fill('not an address');
      await page.getByLabel('Full name').fill('Nia Organizer');
      await page.getByRole('combobox', { name: 'Role' }).last().selectOption('organizer');
      await page.getByRole('button', { name: 'Invite', exact: true }).click();
      await expect(page.locator('#in-email-error')).toBeVisible();
      await expect(page.getByLabel('Full name')).toHaveValue('Nia Organizer');
      await expectAccessible(page);
      await page.getByLabel('E-mail address').fill(email);
      await page.getByRole('button', { name: 'Invite', exact: true }).click();
      await expect(page.getByRole('status').first()).toContainText('The invitation is on its way');

      await page.goto('/admin/users');
      await page.getByRole('link', { name: 'E-mail outbox' }).click();
      await page.getByLabel('Recipient').fill(email);
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByText('E-mails found: 1.')).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: /^(Retry now|Send again): You are invited/ }).click();
      await expect(page.getByRole('status').first()).toContainText('The e-mail is queued');

      await page.goto('/admin/audit?action=user.invite');
      await expect(page.locator('table')).toContainText('user.invite');
      const csv = await (await page.request.get('/admin/audit.csv?action=user.invite')).text();
      expect(csv).toContain(email);
    });
  });
}

test.describe('data protection', () => {
  test.use({ baseURL: seeded });

  test('an admin erases a person on request, and reads every e-mail template in Chinese', async ({ page }) => {
    await signIn(page, 'admin@demo.wsis.test', 'wsis-demo-2026');
    await page.goto('/admin/users?q=stakeholder010%40demo.wsis.test');
    await expect(page.getByText('People found: 1.')).toBeVisible();
    await page.locator('details.erase summary').click();
    const erase = page.getByRole('button', { name: 'Erase', exact: true });
    // The confirmation box is required: nothing happens without it.
    await erase.click();
    await expect(page.getByText('People found: 1.')).toBeVisible();
    await page.getByLabel('This person asked for erasure').check();
    await erase.click();
    await expect(page.getByRole('status').first()).toContainText('personal data has been erased');
    await page.goto('/admin/users?q=stakeholder010%40demo.wsis.test');
    await expect(page.getByText('People found: 0.')).toBeVisible();
    await page.goto('/admin/audit?action=user.erase');
    await expect(page.locator('table')).toContainText('user.erase');
    await expectAccessible(page);

    await page.goto('/admin/outbox');
    await page.getByRole('link', { name: 'E-mail templates' }).click();
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page.locator('.email-preview')).toHaveCount(17);
    await expect(page.locator('#tpl-verify-email ~ div')).toContainText('确认');
    await expectAccessible(page);
  });
});
