import { test, expect } from '@playwright/test';
import { expectAccessible, markNoJs } from './helpers';

// The public programme at the Forum's size (300 sessions, 12 rooms, 5 days):
// on a phone the day comes first as a list, filters wait in a panel; on a
// desktop the day is a time-proportional grid that fits twelve rooms.
const forum = 'http://127.0.0.1:3104';

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ baseURL: forum, javaScriptEnabled: js });

    test('on a phone the first session is within a screen and a half', async ({ page }) => {
      if (!js) markNoJs(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/agenda');
      const first = page.locator('.day-narrow .programme-card').first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect(box!.y, 'top of the first session').toBeLessThan(844 * 1.5);
      await expect(page.locator('.day-wide')).toBeHidden();
      // Filters are one click away and say how many are set.
      await expect(page.getByLabel('Action Line')).toBeHidden();
      await page.getByText('Filters', { exact: true }).click();
      await page.getByLabel('Action Line').selectOption('C2');
      await page.getByRole('button', { name: 'Apply' }).last().click();
      await expect(page.getByText('Filters (1 active)')).toBeVisible();
      const cards = await page.locator('.day-narrow .programme-card .agenda-meta:first-of-type').allInnerTexts();
      expect(cards.length, 'sessions on C2 that day').toBeGreaterThan(0);
      for (const card of cards) expect(card).toContain('C2');
      await expectAccessible(page);
    });

    test('now and next shows every room, and a room has its door screen', async ({ page }) => {
      if (!js) markNoJs(page);
      // With JavaScript the page refreshes itself every minute: a fake clock
      // lets the test see the minute pass.
      if (js) await page.clock.install();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/agenda/now');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Now and next');
      await expect(page.locator('.now-when')).not.toBeEmpty();
      await expect(page.locator('.now-room')).toHaveCount(12);
      expect(await page.locator('.now-room dt').count(), 'a Next line in every room').toBeGreaterThanOrEqual(12);
      await expectAccessible(page);

      const room = page.locator('.now-room h2 a').first();
      const name = (await room.textContent())!.trim();
      await room.click();
      await expect(page).toHaveURL(/\/agenda\/now\?room=\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('.now-page.door .now-room')).toHaveCount(1);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await expectAccessible(page);
      if (js) {
        // The island fetches the page again and swaps the board in place.
        await page.waitForLoadState('networkidle');
        const refreshed = page.waitForRequest((r) => r.url().endsWith(new URL(page.url()).search));
        await page.clock.runFor(61_000);
        await refreshed;
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      } else {
        await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '60');
      }
    });

    test('on a desktop twelve rooms fit, and time sets the height', async ({ page }) => {
      if (!js) markNoJs(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto('/agenda');
      const grid = page.locator('.tl-scroll');
      await expect(grid).toBeVisible();
      await expect(page.locator('.tl-room')).toHaveCount(12);
      const { scroll, client } = await grid.evaluate((g) => ({ scroll: g.scrollWidth, client: g.clientWidth }));
      expect(scroll, 'the grid needs no sideways scroll').toBeLessThanOrEqual(client);
      // A session's height is proportional to its length.
      const sizes = await page.locator('.tl-session').evaluateAll((cards) =>
        cards.slice(0, 40).map((c) => {
          const [a, b] = (c.querySelector('.agenda-meta')!.textContent ?? '').split(' · ')[0].split('–');
          const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
          return { minutes: minutes(b) - minutes(a), height: (c as HTMLElement).offsetHeight };
        }),
      );
      const perMinute = sizes.map((s) => (s.height + 2) / s.minutes);
      for (const r of perMinute) expect(Math.abs(r - perMinute[0])).toBeLessThan(0.25);
      // A lunch over the neighbouring rooms is one band, not one per room,
      // and a legend names the colours.
      const lunch = await page.locator('.tl-band', { hasText: 'Lunch' }).count();
      expect(lunch, 'lunch bands').toBeGreaterThan(0);
      expect(lunch, 'lunch bands').toBeLessThanOrEqual(2);
      await expect(page.locator('.tl-legend summary')).toHaveText('What the colours mean');
      await expectAccessible(page);
    });
  });
}
