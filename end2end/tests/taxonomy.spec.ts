import { test, expect } from '@playwright/test';
import { expectAccessible, markNoJs, signIn } from './helpers';

// On the seeded instance: an organizer adds a moderated sub-theme (a bad
// code first: the message sits beside the field and the input stays), and
// a stakeholder is offered it on the proposal form at once.
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js, baseURL: seeded });

    test('an organizer adds a sub-theme that proposers are offered', async ({ page, browser }) => {
      if (!js) markNoJs(page);
      const code = js ? 'C3-OPENJS' : 'C3-OPENNOJS';
      await signIn(page, 'organizer@demo.wsis.test', password);
      await page.goto('/organize');
      await page.getByRole('link', { name: 'Action Lines and SDGs' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action Lines and SDGs');
      await page.getByLabel('Action Line', { exact: true }).selectOption('C3');
      await page.getByLabel('Code', { exact: true }).fill('open data');
      await page.locator('#n-name').fill('Open data for all');
      await page.getByRole('button', { name: 'Add the sub-theme' }).click();
      await expect(page.locator('#n-code-error')).toContainText('capital letters or digits');
      await expect(page.locator('#n-name')).toHaveValue('Open data for all');
      await expectAccessible(page);
      await page.getByLabel('Code', { exact: true }).fill(code);
      await page.getByRole('button', { name: 'Add the sub-theme' }).click();
      await expect(page.getByRole('status').first()).toContainText('The sub-theme has been added');
      await expect(page.locator(`#theme-action_line-${code}`)).toContainText('Open data for all');

      const other = await browser.newContext({ baseURL: seeded, javaScriptEnabled: js });
      const proposer = await other.newPage();
      await signIn(proposer, 'stakeholder002@demo.wsis.test', password);
      await proposer.goto('/proposals/new');
      // Sub-themes sit in a disclosure under their Action Line.
      await proposer.getByText(/^Sub-themes of C3 \(\d+\)$/).click();
      await expect(proposer.getByLabel(`${code} – Open data for all`, { exact: true })).toBeVisible();
      await other.close();
    });
  });
}
