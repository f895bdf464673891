import { test, expect, Page } from '@playwright/test';
import { expectAccessible, linkFromOutbox, signIn, uniqueEmail } from './helpers';

async function register(page: Page, email: string, organization: string) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill(`Member ${organization}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Organization').fill(organization);
  await page.getByLabel('Stakeholder type').selectOption('academia');
  await page.getByLabel('Country').selectOption('CL');
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  await page.goto(linkFromOutbox(email));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await signIn(page, email, 'correct horse battery');
}

test('a colleague asks to join an organization and a member approves', async ({ browser }) => {
  const name = `Instituto Alfa ${Date.now()}`;
  const founder = await (await browser.newContext()).newPage();
  await register(founder, uniqueEmail('founder'), name);
  await founder.getByRole('navigation').getByRole('link', { name: 'Organization' }).click();
  await expect(founder.getByRole('heading', { level: 1 })).toHaveText(name);
  await founder.getByLabel('Website').fill('not a website');
  await founder.getByRole('button', { name: 'Save profile' }).click();
  await expect(founder.locator('#f-website-error')).toContainText('https://');
  await founder.getByLabel('Website').fill('https://alfa.example.cl');
  await founder.getByRole('button', { name: 'Save profile' }).click();
  await expect(founder.getByRole('status')).toContainText('profile has been saved');
  await expectAccessible(founder);

  const colleague = await (await browser.newContext()).newPage();
  await register(colleague, uniqueEmail('colleague'), 'Temporary profile');
  await colleague.goto('/organizations/join');
  await colleague.getByLabel('Organization name').fill(name);
  await colleague.getByRole('button', { name: 'Search' }).click();
  await expectAccessible(colleague);
  await colleague.getByRole('button', { name: `Ask to join ${name}` }).click();
  await expect(colleague.getByRole('status')).toContainText('request has been sent');

  await founder.reload();
  await founder.getByRole('button', { name: /^Approve / }).click();
  await expect(founder.getByRole('status')).toContainText('answer has been recorded');
  await colleague.goto('/organization');
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(name);
});
