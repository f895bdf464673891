import { test, expect, Page } from '@playwright/test';
import { expectAccessible, markNoJs, signIn } from './helpers';

// The proposal form at its real size, on the seeded instance (the edition's
// 43 Action Lines, sub-themes and SDGs): height budgets before any choice,
// "why" boxes only for ticked themes, the panel's balance beside the rows,
// no "Remove" on a lone empty row. With and without JavaScript.
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

async function height(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ baseURL: seeded, javaScriptEnabled: js });

    test('the empty proposal form stays within its height budgets', async ({ page }) => {
      if (!js) markNoJs(page);
      await signIn(page, 'stakeholder003@demo.wsis.test', password);
      for (const [width, budget] of [[1280, 3500], [390, 6000]]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/proposals/new');
        const h = await height(page);
        expect(h, `/proposals/new at ${width} px is ${h} px tall`).toBeLessThanOrEqual(budget);
      }
    });

    test('the texts are marked with their language, one of the six or another', async ({ page }) => {
      if (!js) markNoJs(page);
      await signIn(page, 'stakeholder004@demo.wsis.test', password);
      await page.goto('/proposals/new');
      // The page's language is the first guess; another asks for its code.
      await expect(page.getByLabel('Language of the texts')).toHaveValue('en');
      const code = page.getByLabel('ISO code, if another language');
      await expect(code).toBeHidden();
      await page.locator('#f-title').fill(`Mitandao ya jamii ${js ? 'A' : 'B'}`);
      await page.getByLabel('Language of the texts').selectOption('other');
      await expect(code).toBeVisible();
      await code.fill('s1');
      await page.getByRole('button', { name: 'Save draft' }).first().click();
      // Not a language code: said beside the field, nothing lost.
      await expect(page.locator('#f-text_language-error')).toContainText('two or three letters');
      await expect(page.locator('#f-title')).toHaveValue(`Mitandao ya jamii ${js ? 'A' : 'B'}`);
      await expectAccessible(page);
      await page.getByLabel('ISO code, if another language').fill('sw');
      await page.getByRole('button', { name: 'Save draft' }).first().click();
      await expect(page.getByRole('status')).toBeVisible();
      await expect(page.getByLabel('Language of the texts')).toHaveValue('other');
      await expect(page.getByLabel('ISO code, if another language')).toHaveValue('sw');
    });

    test('a theme asks why only once it is ticked', async ({ page }) => {
      if (!js) markNoJs(page);
      await signIn(page, 'stakeholder003@demo.wsis.test', password);
      await page.goto('/proposals/new');
      const why = page.locator('#f-al-rationale-C2');
      await expect(why).toBeHidden();
      await expect(page.locator('.rationale textarea:visible')).toHaveCount(0);
      await page.getByLabel('C2 – Information and communication infrastructure', { exact: true }).check();
      await expect(why).toBeVisible();
      await expect(page.locator('.rationale textarea:visible')).toHaveCount(1);
      // Sub-themes sit under their line, one click away.
      await expect(page.locator('#f-al-C7-EHEALTH')).toBeHidden();
      await page.getByText('Sub-themes of C7 (8)').click();
      await expect(page.locator('#f-al-C7-EHEALTH')).toBeVisible();
      // A lone, empty panel row offers no "Remove".
      await expect(page.getByRole('button', { name: /^Remove panelist/ })).toHaveCount(0);
      await expectAccessible(page);
    });

    test('the panel balance stays beside the panel on a wide screen', async ({ page }) => {
      if (!js) markNoJs(page);
      await signIn(page, 'stakeholder003@demo.wsis.test', password);
      await page.setViewportSize({ width: 1920, height: 1000 });
      await page.goto('/proposals/new');
      await page.locator('#f-speaker-0-gender').scrollIntoViewIfNeeded();
      const balance = page.locator('.balance');
      await expect(balance).toBeInViewport();
      const [b, row] = await Promise.all([balance.boundingBox(), page.locator('#speaker-0').boundingBox()]);
      expect(b!.x, 'the balance sits beside the panelist, not above it').toBeGreaterThan(row!.x + row!.width - 1);
    });
  });
}
