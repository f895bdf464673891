import { test, expect, Page } from '@playwright/test';
import { expectAccessible, linkFromOutbox, markNoJs, signUp, uniqueEmail } from './helpers';


const panel = [
  { role: 'moderator', name: 'Wanjiru Kamau', org: 'Kenya ICT Authority', country: 'KE', kind: 'government', gender: 'woman' },
  { role: 'speaker', name: 'João Pereira', org: 'Universidade de São Paulo', country: 'BR', kind: 'academia', gender: 'man' },
  { role: 'speaker', name: 'Ananya Rao', org: 'Digital Empowerment Foundation', country: 'IN', kind: 'civil-society', gender: 'woman' },
  { role: 'speaker', name: 'Lukas Weber', org: 'Open Networks GmbH', country: 'DE', kind: 'private-sector', gender: 'man' },
];

async function fillPanelist(page: Page, i: number): Promise<string> {
  const p = panel[i];
  const email = `panelist${i}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
  await page.locator(`#f-speaker-${i}-role`).selectOption(p.role);
  await page.locator(`#f-speaker-${i}-name`).fill(p.name);
  await page.locator(`#f-speaker-${i}-organization`).fill(p.org);
  await page.locator(`#f-speaker-${i}-email`).fill(email);
  await page.locator(`#f-speaker-${i}-country`).selectOption(p.country);
  await page.locator(`#f-speaker-${i}-stakeholder_type`).selectOption(p.kind);
  await page.locator(`#f-speaker-${i}-gender`).selectOption(p.gender);
  return email;
}

async function proposeWithFourSpeakers(page: Page) {
  await signUp(page, uniqueEmail('proposer'));
  await page.getByRole('navigation').getByRole('link', { name: 'My proposals' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My proposals');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Propose a session' }).click();
  await expectAccessible(page);
  await page.getByLabel('Title', { exact: true }).fill('Community networks for the last billion');
  await page.getByLabel('Session format').selectOption('thematic-workshop');
  await page.getByLabel('Hybrid (in person and online)').check();
  await page.getByLabel('English').check();
  await page.getByLabel('Français').check();
  await page.getByLabel('Abstract').fill('How community networks connect rural areas, and what regulators can do.');
  await page.getByLabel('Description').fill('## Format\n\nShort talks, then **open discussion**.');
  await page.getByLabel('Objectives').fill('Share what works.');
  await page.getByLabel('Expected outcomes').fill('A toolkit for regulators.');
  await page.locator('#f-al-C2').check();
  await page.locator('#f-al-rationale-C2').fill('Last-mile infrastructure.');
  await page.locator('#f-sdg-9').check();
  await page.locator('#f-sdg-rationale-9').fill('Resilient infrastructure.');
  const moderator = await fillPanelist(page, 0);
  // Each "Add a panelist" saves the draft and comes back with a new row.
  for (let i = 1; i < 4; i++) {
    await page.getByRole('button', { name: 'Add a panelist' }).click();
    await expect(page.locator(`#f-speaker-${i}-name`)).toBeVisible();
    await expect(page.locator(`#f-speaker-${i - 1}-name`)).toHaveValue(panel[i - 1].name);
    await fillPanelist(page, i);
  }
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Community networks for the last billion');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Submit proposal' }).click();
  await expect(page.getByRole('status')).toContainText('Your proposal has been submitted');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community networks for the last billion');
  await expect(page.locator('.badge').first()).toHaveText('Submitted');
  await expect(page.locator('.balance')).toContainText('Panelists: 4');
  await expect(page.locator('.markdown strong')).toHaveText('open discussion');
  await expectAccessible(page);
  const url = page.url();

  // The moderator confirms from the invitation e-mail, without an account.
  await page.goto(linkFromOutbox(moderator));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello ${panel[0].name}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, I will take part' }).click();
  await expect(page.getByRole('status')).toContainText('your participation is confirmed');
  await page.goto(url);
  await expect(page.locator('li', { hasText: panel[0].name })).toContainText('Confirmed');
  return url;
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a full proposal with four speakers goes from draft to submitted, then is withdrawn', async ({ page }) => {
      if (!js) markNoJs(page);
      const url = await proposeWithFourSpeakers(page);
      await page.getByRole('link', { name: 'Withdraw' }).click();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Withdraw the proposal' }).click();
      await expect(page.getByRole('status')).toContainText('withdrawn');
      expect(page.url()).toBe(url);
      await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    });
  });
}

test('without JavaScript, the server points at every missing part and keeps the draft', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  markNoJs(page);
  await signUp(page, uniqueEmail('hasty'));
  await page.goto('/proposals/new');
  await page.getByLabel('Title', { exact: true }).fill('Half an idea');
  await page.locator('#f-speaker-0-name').fill('Solo Speaker');
  await page.getByRole('button', { name: 'Submit proposal' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.locator('#f-abstract-error')).toHaveText('Enter this information.');
  await expect(page.locator('#f-action_lines-error')).toHaveText('Choose at least one.');
  await expect(page.locator('#f-speaker-0-email-error')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Half an idea');
  await expect(page.locator('#f-speaker-0-name')).toHaveValue('Solo Speaker');
  await expectAccessible(page);
  await page.goto('/proposals');
  await expect(page.getByRole('link', { name: 'Half an idea' })).toBeVisible();
  await context.close();
});

test('with JavaScript, the same rules run in the browser before anything is sent', async ({ page }) => {
  await signUp(page, uniqueEmail('wasm-check'));
  await page.goto('/proposals/new');
  await page.getByLabel('Title', { exact: true }).fill('Checked in the browser');
  await page.locator('#f-speaker-0-email').fill('not-an-address');
  // Wait for the WASM: the live panel balance counts a named panelist only
  // once it runs. (Under load a click can come first, and the form posts.)
  await page.locator('#f-speaker-0-name').fill('Amina Diallo');
  await expect(page.locator('.balance')).toContainText('Panelists: 1');
  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST') posted = true;
  });
  await page.getByRole('button', { name: 'Submit proposal' }).click();
  const summary = page.locator('#client-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Abstract: Enter this information.');
  await expect(summary).toContainText('Panelist 1, E-mail address: Enter an e-mail address like name@example.org.');
  expect(posted).toBe(false);
  await expect(summary).toBeFocused();
  await expectAccessible(page);
  // Saving a draft is never blocked.
  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(page.getByRole('status')).toContainText('Draft saved');
});

test('a panelist can be removed', async ({ page }) => {
  await signUp(page, uniqueEmail('remover'));
  await page.goto('/proposals/new');
  await page.getByLabel('Title', { exact: true }).fill('Two panelists');
  await fillPanelist(page, 0);
  await page.getByRole('button', { name: 'Add a panelist' }).click();
  await fillPanelist(page, 1);
  await page.getByRole('button', { name: 'Remove panelist 1' }).click();
  await expect(page.locator('#f-speaker-0-name')).toHaveValue(panel[1].name);
});

test('the proposal pages work on a 320 px screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signUp(page, uniqueEmail('mobile'));
  await page.goto('/proposals/new');
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
  await expect(page.locator('#f-speaker-0-name')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('the panel balance updates as panelists are typed, once the WASM runs', async ({ page }) => {
  await signUp(page, uniqueEmail('live'));
  await page.goto('/proposals/new');
  const balance = page.locator('.balance');
  await expect(balance).toContainText('appears here as you add panelists');
  await page.locator('#f-speaker-0-name').fill('Amina Diallo');
  await page.locator('#f-speaker-0-gender').selectOption('woman');
  await page.locator('#f-speaker-0-country').selectOption('SN');
  await expect(balance).toContainText('Panelists: 1');
  await expect(balance).toContainText('Woman: 1');
  await expect(balance).toContainText('D – Africa: 1');
});

test('a co-organizing organization is invited by e-mail, accepts and can edit', async ({ browser }) => {
  const lead = await (await browser.newContext()).newPage();
  await signUp(lead, uniqueEmail('lead'));
  await lead.goto('/proposals/new');
  await lead.getByLabel('Title', { exact: true }).fill('Jointly organized session');
  await lead.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(lead.getByRole('status')).toContainText('Draft saved');
  const code = lead.url().split('/proposals/')[1].split('/')[0];
  await lead.goto(`/proposals/${code}`);
  const partnerEmail = uniqueEmail('partner');
  await lead.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(lead.getByRole('alert')).toContainText('There is a problem');
  await lead.getByLabel("Contact person's e-mail").fill(partnerEmail);
  await lead.getByLabel('Organization').fill('Partner University');
  await lead.getByLabel('Stakeholder type').selectOption('academia');
  await lead.getByLabel('Country').selectOption('GH');
  await lead.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(lead.getByRole('status')).toContainText('invitation has been sent');
  await expect(lead.locator('li', { hasText: 'Partner University' })).toContainText('Invited');
  await expectAccessible(lead);

  // The partner opens the link, signs up, and comes back to the invitation.
  const partner = await (await browser.newContext()).newPage();
  const link = linkFromOutbox(partnerEmail);
  await signUp(partner, partnerEmail);
  await partner.goto(link);
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Invitation to co-organize');
  await expectAccessible(partner);
  await partner.getByRole('button', { name: 'Accept and co-organize' }).click();
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Jointly organized session');
  await expect(partner.getByRole('link', { name: 'Edit' })).toBeVisible();
  await partner.goto('/proposals');
  await expect(partner.getByRole('link', { name: 'Jointly organized session' })).toBeVisible();
});

test('an invitation link sends a visitor to sign in and back', async ({ page }) => {
  await page.goto('/coorganize?token=abc-DEF_123');
  await expect(page).toHaveURL(/\/login\?next=%2Fcoorganize%3Ftoken%3Dabc-DEF_123|\/login\?next=\/coorganize%3Ftoken%3Dabc-DEF_123/);
});
