import { test, expect } from '@playwright/test';
import { createAdmin, expectAccessible, markNoJs, signIn, signUp, uniqueEmail } from './helpers';

// Other submissions. On the seeded instance a stakeholder sends a speaker
// recommendation (bad input first: messages beside the fields, nothing
// lost) and a thematic view, with and without JavaScript. On the fresh
// instance an organizer publishes the outcomes report and the public page
// counts exactly what was sent, listing only what its author agreed to.
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js, baseURL: seeded });

    test('a stakeholder sends a speaker recommendation and a thematic view', async ({ page }) => {
      if (!js) markNoJs(page);
      const tag = js ? 'js' : 'nojs';
      await signIn(page, js ? 'stakeholder005@demo.wsis.test' : 'stakeholder006@demo.wsis.test', password);
      await page.goto('/');
      await page.getByRole('link', { name: 'Other submissions' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Other submissions');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Start: Speaker recommendation' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speaker recommendation');

      // Bad input: a short reason and no country.
      await page.getByLabel('Topic the person would speak on').fill(`Community networks (${tag})`);
      await page.getByLabel('Why this person').fill('Very good.');
      await page.getByLabel('Full name').fill('Ana Lima');
      await page.getByLabel('Organization', { exact: true }).fill('Jovens Conectados');
      await page.getByLabel('Stakeholder type', { exact: true }).selectOption('civil-society');
      await page.getByLabel('Gender', { exact: true }).selectOption('woman');
      await page.getByLabel(/^C4 – /).check();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.locator('#f-body-error')).toContainText('at least 20');
      await expect(page.locator('#f-person_country-error')).toBeVisible();
      await expect(page.getByLabel('Full name')).toHaveValue('Ana Lima');
      await expect(page.getByLabel(/^C4 – /)).toBeChecked();
      await expectAccessible(page);

      await page.getByLabel('Why this person').fill('She trains young people in five countries to run community networks.');
      await page.getByLabel('Country', { exact: true }).selectOption('BR');
      await page.getByLabel(/public outcomes report/).check();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('status').first()).toContainText('Your submission has been sent');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Community networks (${tag})`);
      await expect(page.getByText('Ana Lima')).toBeVisible();
      await expectAccessible(page);

      // A thematic view, saved as a draft first, then sent.
      await page.goto('/submissions/new/thematic-view');
      await page.getByLabel('Subject').fill(`Safer schools online (${tag})`);
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await expect(page.getByRole('status').first()).toContainText('The draft has been saved');
      await page.getByLabel('Your views').fill('Schools need simple, free tools and training to keep children safe online.');
      await page.getByLabel(/^C5 – /).check();
      await page.getByLabel(/^SDG 4 – /).check();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('status').first()).toContainText('Your submission has been sent');
      await page.goto('/submissions');
      const row = page.getByRole('row', { name: new RegExp(`Safer schools online \\(${tag}\\)`) });
      await expect(row).toContainText('Sent');
    });
  });
}

test.describe('the outcomes report', () => {
  test.use({ javaScriptEnabled: false });

  test('an organizer publishes it and the public page shows the right counts', async ({ page, browser }) => {
    markNoJs(page);
    const admin = uniqueEmail('secretariat');
    createAdmin(admin, 'an admin passphrase');
    await signUp(page, uniqueEmail('proposer'));
    for (const [kind, title, consent] of [
      ['thematic-view', 'Listed view on connectivity', true],
      ['format-view', 'Unlisted view on the format', false],
    ] as const) {
      await page.goto(`/submissions/new/${kind}`);
      await page.getByLabel('Subject').fill(title);
      await page.getByLabel(kind === 'format-view' ? 'Your suggestion' : 'Your views').fill('Enough words to make a real point for the organizers to read.');
      if (kind === 'thematic-view') await page.getByLabel(/^C2 – /).check();
      if (consent) await page.getByLabel(/public outcomes report/).check();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('status').first()).toContainText('Your submission has been sent');
    }

    const visitor = await browser.newContext({ javaScriptEnabled: false });
    const reader = await visitor.newPage();
    const before = await reader.goto('/consultation/outcomes');
    expect(before?.status(), 'not public before it is published').toBe(404);

    const staff = await browser.newContext({ javaScriptEnabled: false });
    const organizer = await staff.newPage();
    markNoJs(organizer);
    await signIn(organizer, admin, 'an admin passphrase');
    await organizer.goto('/organize/outcomes');
    await organizer.getByRole('button', { name: 'Publish the report' }).click();
    await expect(organizer.locator('#f-summary-error')).toBeVisible();
    await expectAccessible(organizer);
    await organizer.getByLabel('Summary').fill('Two submissions reached us; thank you.');
    await organizer.getByRole('button', { name: 'Publish the report' }).click();
    await expect(organizer.getByRole('status').first()).toContainText('now public');

    await reader.goto('/consultation/outcomes');
    const stats = reader.locator('ul.stats li');
    await expect(stats.nth(0)).toContainText('2 submissions counted');
    await expect(stats.nth(2)).toContainText('1 listed');
    await expect(reader.getByRole('heading', { name: 'Listed view on connectivity' })).toBeVisible();
    await expect(reader.getByText('Unlisted view on the format')).toHaveCount(0);
    // The counts table of the kinds dimension agrees.
    await expect(reader.getByRole('table', { name: 'Kinds of submission' }).getByRole('row', { name: /Views on thematic aspects/ })).toContainText('1');
    markNoJs(reader);
    await expectAccessible(reader);
    const csv = await reader.request.get('/consultation/outcomes-submissions.csv');
    expect(await csv.text()).not.toContain('Unlisted view on the format');
    await visitor.close();
    await staff.close();
  });
});
