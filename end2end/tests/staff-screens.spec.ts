import { test, expect } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Staff work screens at the Forum's size (750 proposals; 300 sessions,
// 12 rooms, 5 days): the agenda builder and the selection table.
const forum = 'http://127.0.0.1:3104';
const password = 'wsis-demo-2026';

test.use({ baseURL: forum });

test('at 1920 px the unscheduled panel and the grid are both in view', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page, 'organizer@demo.wsis.test', password);
  const started = Date.now();
  await page.goto('/organize/agenda');
  console.log(`builder at forum scale: ${Date.now() - started} ms to load`);
  const board = page.locator('.agenda-board .table-scroll');
  await board.scrollIntoViewIfNeeded();
  await expect(board).toBeInViewport();
  await expect(page.locator('.agenda-side .agenda-card').first()).toBeInViewport();
  // Scrolling through the grid leaves the panel where it is: it never
  // needs the page to move under a drag.
  const side = page.locator('.agenda-side');
  const before = (await side.boundingBox())!;
  await board.hover();
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => board.evaluate((b) => b.scrollTop)).toBeGreaterThan(0);
  const after = (await side.boundingBox())!;
  expect(Math.abs(after.y - before.y), 'the side panel stays put').toBeLessThan(2);
  await expect(page.locator('.agenda-side .agenda-card').first()).toBeInViewport();
  // A cell that a running session covers offers no "+".
  expect(await page.locator('td.agenda-busy button.agenda-drop').count()).toBe(0);
  expect(await page.locator('td.agenda-busy').count()).toBeGreaterThan(0);
  await expectAccessible(page);
});

test('organizers choose the rooms and the step of the grid, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: forum, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'organizer@demo.wsis.test', password);
  await page.goto('/organize/agenda');
  await expect(page.locator('.agenda-board thead th')).toHaveCount(13);
  await page.getByText(/^Rooms shown: 12 of 12$/).click();
  await page.getByLabel('Room 1', { exact: true }).check();
  await page.getByLabel('Room 2', { exact: true }).check();
  await page.getByLabel('Grid step').selectOption('60');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.agenda-board thead th')).toHaveCount(3);
  const times = await page.locator('.agenda-board tbody th').allInnerTexts();
  for (const t of times) expect(t).toMatch(/:00$/);
  await expect(page.getByText(/^Rooms shown: 2 of 12$/)).toBeVisible();
  await context.close();
});

test('the selection table fits the window with its header in view', async ({ page }) => {
  await signIn(page, 'organizer@demo.wsis.test', password);
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('/organize/proposals');
    const wrap = page.locator('.selection-wrap');
    const { scroll, client } = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }));
    expect(scroll, `the table needs no sideways scroll at ${width} px`).toBeLessThanOrEqual(client);
    await wrap.evaluate((w) => w.scrollBy(0, 1500));
    await expect(page.locator('.selection thead th').nth(1)).toBeInViewport();
    // Rows stay compact: one line of title and one of code.
    const heights = await page.locator('.selection tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).offsetHeight));
    expect(Math.max(...heights), 'the tallest row').toBeLessThanOrEqual(64);
  }
  await expectAccessible(page);
});
