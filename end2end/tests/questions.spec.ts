import { test, expect } from '@playwright/test';
import { createAdmin, expectAccessible, signIn, signUp, uniqueEmail } from './helpers';

test("an organizer adds a question to a format and proposers answer it", async ({ browser }) => {
  const adminEmail = uniqueEmail('questions-admin');
  createAdmin(adminEmail, 'secretariat passphrase');
  const organizer = await (await browser.newContext()).newPage();
  await signIn(organizer, adminEmail, 'secretariat passphrase');
  await organizer.goto('/organize/settings');
  const section = organizer.locator('.format-settings', { has: organizer.locator('#format-interactive-session') });
  const label = `Expected audience size ${Date.now()}`;
  await section.getByLabel('Question', { exact: true }).fill(label);
  await section.getByLabel('Kind of answer').selectOption('number');
  await section.getByRole('button', { name: 'Add the question' }).click();
  await expect(organizer.getByRole('status')).toContainText('question has been saved');
  await expectAccessible(organizer);

  const proposer = await (await browser.newContext()).newPage();
  const email = uniqueEmail('answerer');
  await signUp(proposer, email);
  await proposer.goto('/proposals/new');
  await proposer.getByLabel('Title', { exact: true }).fill('Interactive session with a question');
  await proposer.getByLabel('Session format').selectOption('interactive-session');
  // With JavaScript the format's own questions show at once, before any save.
  const answer = proposer.getByLabel(new RegExp(`^${label}`));
  await expect(answer).toBeVisible();
  await expect(proposer.getByRole('button', { name: 'Continue' })).toBeHidden();
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await answer.fill('12.5');
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.getByRole('alert')).toContainText('Enter a whole number.');
  await expect(answer).toHaveValue('12.5');
  await answer.fill('120');
  await proposer.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(proposer.getByRole('status')).toContainText('Draft saved');
  await expect(answer).toHaveValue('120');
  await expectAccessible(proposer);

  // Without JavaScript, "Continue" saves the draft and brings the questions.
  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(noJs, email, 'correct horse battery');
  await noJs.goto('/proposals/new');
  await noJs.getByLabel('Title', { exact: true }).fill('Another interactive session');
  await noJs.getByLabel('Session format').selectOption('interactive-session');
  await expect(noJs.getByLabel(new RegExp(`^${label}`))).toBeHidden();
  await noJs.getByRole('button', { name: 'Continue' }).click();
  await expect(noJs.getByLabel(new RegExp(`^${label}`))).toBeVisible();
  await expect(noJs.getByLabel('Title', { exact: true })).toHaveValue('Another interactive session');

  // Clean up for other runs: remove the question.
  await organizer.reload();
  await organizer.getByRole('button', { name: `Remove “${label}”` }).click();
  await expect(organizer.getByRole('status')).toContainText('question has been removed');
});
