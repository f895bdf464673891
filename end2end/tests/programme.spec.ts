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
