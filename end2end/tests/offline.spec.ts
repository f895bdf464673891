import { test, expect, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expectAccessible, signIn } from './helpers';

// The programme as an app that reads offline (venue Wi-Fi fails): the
// service worker keeps the latest release, a reload without network shows
// the copy and says it is one, and an open page offers a newer release.
const forum = 'http://127.0.0.1:3104';
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

/** Waits until the worker has kept the whole release; returns the bytes stored. */
async function kept(page: Page): Promise<number> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const shelf = await caches.open('programme');
          return !!(await shelf.match('/agenda/offline.json?kept'));
        }),
      { timeout: 150_000, intervals: [1_000] },
    )
    .toBe(true);
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

test.describe('offline', () => {
  test.use({ baseURL: forum, serviceWorkers: 'allow' });

  test('with the network off, the programme, a session and my agenda still open', async ({ page, context }) => {
    test.setTimeout(240_000);
    await page.goto('/agenda');
    const bytes = await kept(page);
    const pages = await page.evaluate(async () => (await (await caches.open('programme')).keys()).length);
    fs.mkdirSync(path.resolve(__dirname, '../.tmp'), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, '../.tmp/offline-copy.json'), JSON.stringify({ bytes, pages }));
    expect(pages, 'pages kept: programme, sessions, speakers').toBeGreaterThan(300);

    // A star in the browser, and the list of it seen once online.
    await page.goto('/agenda?view=list');
    await page.waitForLoadState('networkidle');
    const star = page.locator('form.star-form button').first();
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    const code = await page.locator('form.star-form input[name=code]').first().inputValue();
    await page.goto('/agenda/mine');
    await expect(page).toHaveURL(/\?s=/);
    await expect(page.locator('.mine-item')).toHaveCount(1);

    await context.setOffline(true);
    await page.goto('/agenda');
    await expect(page.locator('[data-offline]')).toBeVisible();
    await expect(page.locator('[data-offline]')).toContainText(/You are offline.*release \d+/);
    await expect(page.locator('.programme-card').first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/sessions/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-offline]')).toBeVisible();
    await page.goto('/agenda/mine');
    await expect(page.locator('.mine-item')).toHaveCount(1);
    await expect(page.locator('[data-offline]')).toBeVisible();
    await context.setOffline(false);
  });
});

test('an open page offers a newly published release', async ({ browser }) => {
  test.setTimeout(180_000);
  const reader = await browser.newContext({ baseURL: seeded });
  const page = await reader.newPage();
  await page.clock.install();
  await page.goto('/agenda');
  const update = page.locator('[data-update]');
  await expect(update).toBeHidden();

  // An organizer publishes a new release meanwhile.
  const staff = await browser.newContext({ baseURL: seeded });
  const organizer = await staff.newPage();
  await signIn(organizer, 'organizer@demo.wsis.test', password);
  await organizer.goto('/organize/agenda/release');
  const confirm = organizer.getByLabel(/Release anyway/);
  if (await confirm.count()) await confirm.check();
  await organizer.getByRole('button', { name: 'Release the agenda' }).click();
  await expect(organizer.getByRole('status')).toContainText('The agenda is released');
  await staff.close();

  // Within five minutes the page asks again, and offers the new release.
  await page.clock.fastForward('05:01');
  await expect(update).toBeVisible();
  await expect(update).toContainText('A newer release of the programme is published.');
  await update.getByRole('link', { name: 'Show it' }).click();
  await expect(update).toBeHidden();
  await reader.close();
});
