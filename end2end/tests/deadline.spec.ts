import { test, expect } from '@playwright/test';
import { createAdmin, expectAccessible, signIn, signUp, uniqueEmail } from './helpers';

test('an organizer closes a format early and a late edit is refused with a clear message', async ({ browser }) => {
  // The proposer writes a knowledge café proposal and keeps the editor open.
  const proposer = await (await browser.newContext()).newPage();
  const email = uniqueEmail('cafe');
  await signUp(proposer, email);
  await proposer.goto('/proposals/new');
  await proposer.getByLabel('Title', { exact: true }).fill('Knowledge café on open data');
  await proposer.getByLabel('Session format').selectOption('knowledge-cafe');
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.getByRole('status')).toContainText('Draft saved');

  // The Secretariat closes knowledge cafés now.
  const adminEmail = uniqueEmail('secretariat');
  createAdmin(adminEmail, 'secretariat passphrase');
  const organizer = await (await browser.newContext()).newPage();
  await signIn(organizer, adminEmail, 'secretariat passphrase');
  await organizer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organize' }).click();
  await organizer.getByRole('navigation', { name: 'Organizer tools' }).getByRole('link', { name: 'Call settings' }).click();
  await expect(organizer.getByRole('heading', { level: 1 })).toHaveText('Call settings');
  await expectAccessible(organizer);
  const cafe = organizer.locator('#format-knowledge-cafe');
  await cafe.getByLabel('Own deadline (optional)').fill('2020-01-01T00:00');
  await cafe.getByRole('button', { name: /Save/ }).click();
  await expect(organizer.getByRole('status')).toContainText('Settings saved');

  // The proposer's next save is refused, and what they typed is still there.
  await proposer.getByLabel('Abstract').fill('Typed after the deadline.');
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.getByRole('alert')).toContainText('The deadline for this format has passed');
  await expect(proposer.getByLabel('Abstract')).toHaveValue('Typed after the deadline.');

  // A new café proposal is refused by the café's own deadline, not the
  // call's, and the refusal offers the access code field.
  await proposer.goto('/proposals/new');
  await expect(proposer.getByLabel('Session format').locator('option[value="knowledge-cafe"]')).toContainText('deadline passed');
  await proposer.getByLabel('Title', { exact: true }).fill('Late but invited café');
  await proposer.getByLabel('Session format').selectOption('knowledge-cafe');
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.locator('#f-format-error')).toContainText('The deadline for Knowledge café passed on 1 January 2020');
  await expect(proposer.locator('#f-format-error')).toContainText('access code');
  await expect(proposer.getByRole('alert')).not.toContainText('The call for proposals is closed');
  await expect(proposer.getByLabel('Title', { exact: true })).toHaveValue('Late but invited café');
  await expectAccessible(proposer);

  // The Secretariat hands out an access code for late knowledge cafés.
  await organizer.locator('#f-code-label').fill('Late cafés');
  await organizer.locator('#f-code-max_uses').fill('2');
  await organizer.locator('#f-code-expires_at').fill('2099-12-31T23:59');
  await organizer.getByLabel('Knowledge café', { exact: true }).check();
  await organizer.getByRole('button', { name: 'Create code' }).click();
  await expect(organizer.getByRole('status')).toContainText('access code has been created');
  await expectAccessible(organizer);
  const row = organizer.locator('tr', { hasText: 'Late cafés' });
  const code = (await row.locator('.code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // Typed into the form that refused, the code opens the café.
  await proposer.getByLabel('Access code').fill(code.toLowerCase());
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.getByRole('status')).toContainText('Draft saved');

  // Without JavaScript, the dashboard offers the code while the call is open.
  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(noJs, email, 'correct horse battery');
  await noJs.goto('/proposals');
  await noJs.getByText('Have an access code?').click();
  await noJs.getByLabel('Access code').fill(code);
  await noJs.getByRole('button', { name: 'Use the code' }).click();
  await expect(noJs).toHaveURL(/\/proposals\/new\?code=/);
  await expect(noJs.getByLabel('Access code')).toHaveValue(code);
  await noJs.getByLabel('Title', { exact: true }).fill('Another invited café');
  await noJs.getByLabel('Session format').selectOption('knowledge-cafe');
  await noJs.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(noJs.getByRole('status')).toContainText('Draft saved');
  await organizer.reload();
  await expect(organizer.locator('tr', { hasText: 'Late cafés' })).toContainText('2 / 2');

  // Reopen it for other tests.
  await cafe.getByLabel('Own deadline (optional)').fill('');
  await cafe.getByRole('button', { name: /Save/ }).click();
  await expect(organizer.getByRole('status')).toContainText('Settings saved');
});

test('stakeholders cannot open the call settings', async ({ page }) => {
  const email = uniqueEmail('curious');
  await signUp(page, email);
  const response = await page.goto('/organize/settings');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
});
