import { test, expect, Page } from '@playwright/test';
import { expectAccessible, markNoJs, signIn } from './helpers';

// My agenda at the Forum's size: stars kept in the browser without an
// account, merged into the account on sign-in, starred with plain forms
// without JavaScript, and the private calendar feed.
const forum = 'http://127.0.0.1:3104';
const password = 'wsis-demo-2026';
test.use({ baseURL: forum });

/** The codes of the first two sessions of the first time slot in the list
 * that has two: same time, so they overlap. */
async function twoOverlapping(page: Page): Promise<string[]> {
  await page.goto('/agenda?view=list');
  const groups = await page.locator('h3 + ul.programme-list').evaluateAll((uls) =>
    uls.map((ul) =>
      Array.from(ul.querySelectorAll('.programme-card h4 a')).map((a) => a.getAttribute('href')!.replace('/sessions/', '')),
    ),
  );
  const links = groups.find((codes) => codes.length >= 2)?.slice(0, 2) ?? [];
  expect(links).toHaveLength(2);
  return links;
}

/** The star form of session `code` on the current page. */
const starOf = (page: Page, code: string) =>
  page.locator(`form.star-form:has(input[name=code][value="${code}"]) button`).first();

test('stars without an account stay in the browser, show overlaps, and merge on sign-in', async ({ page }) => {
  const codes = await twoOverlapping(page);
  // Wait for the WASM: the island takes over the forms.
  await page.waitForLoadState('networkidle');
  for (const code of codes) {
    await starOf(page, code).click();
    await expect(starOf(page, code)).toHaveAttribute('aria-pressed', 'true');
  }
  expect(page.url(), 'starring did not leave the page').toContain('/agenda?view=list');
  // The stars survive a reload.
  await page.reload();
  await page.waitForLoadState('networkidle');
  await expect(starOf(page, codes[0])).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/agenda/mine');
  await expect(page).toHaveURL(new RegExp(`/agenda/mine\\?s=${codes.join(',')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My agenda');
  await expect(page.locator('.mine-item')).toHaveCount(2);
  await expect(page.locator('.mine-item .badge-overlap')).toHaveCount(2);
  await expect(page.getByText('Your stars are kept in this browser only.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '.tmp/shots/mine-390.png', fullPage: true });

  // Signing in sends the browser's stars to the account.
  await signIn(page, 'stakeholder030@demo.wsis.test', password);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('wsis-stars'))).toBeNull();
  await page.goto('/agenda/mine');
  await expect(page).toHaveURL(/\/agenda\/mine$/);
  await expect(page.locator('.mine-item')).toHaveCount(2);
  await expect(page.getByText('Your stars are kept with your account', { exact: false })).toBeVisible();

  // The private calendar feed: made, shown, and answering with the stars.
  await page.getByRole('button', { name: 'Make my calendar address' }).click();
  const address = await page.getByLabel('Your private calendar address').inputValue();
  expect(address).toMatch(/\/agenda\/feed\/[\w-]{43}\.ics$/);
  const feed = await page.request.get(address);
  expect(feed.status()).toBe(200);
  expect((await feed.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Turn the feed off' }).click();
  await expect(page.getByText('The calendar feed is off.', { exact: false })).toBeVisible();
  expect((await page.request.get(address)).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signed-in attendee stars and unstars with plain forms', async ({ page }) => {
    markNoJs(page);
    await signIn(page, 'stakeholder031@demo.wsis.test', password);
    const [code] = await twoOverlapping(page);
    await page.goto(`/sessions/${code}`);
    await starOf(page, code).click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${code}$`));
    await expect(starOf(page, code)).toHaveAttribute('aria-pressed', 'true');
    await expect(starOf(page, code)).toContainText('Starred');
    await page.goto('/agenda/mine');
    await expect(page.locator('.mine-item')).toHaveCount(1);
    await expectAccessible(page);
    await starOf(page, code).click();
    await expect(page).toHaveURL(/\/agenda\/mine$/);
    await expect(page.locator('.mine-item')).toHaveCount(0);
    await expect(page.getByText('You have not starred any session yet.', { exact: false })).toBeVisible();
  });
});
