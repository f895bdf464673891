import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expectAccessible } from './helpers';

// The programme beyond the portal's own pages, at the Forum's size: on
// paper (A4, one day per page; a room sign with a QR code) and framed on a
// partner's site, which only the listed origins may do.
const forum = 'http://127.0.0.1:3104';
test.use({ baseURL: forum });

/** A partner's page at `origin` that frames `src`. */
async function partnerPage(page: import('@playwright/test').Page, origin: string, src: string) {
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><title>Partner</title><h1>Our Action Line at the Forum</h1>
        <iframe title="WSIS Forum programme" src="${src}" style="width:100%;height:600px;border:0"></iframe></html>`,
    }),
  );
  await page.goto(`${origin}/action-line`);
}

test('a listed partner frames the programme, filtered; another site cannot', async ({ page }) => {
  await partnerPage(page, 'http://partner.example', `${forum}/embed/agenda?line=C2&lang=fr`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Programme');
  const titles = frame.locator('.embed-list a');
  expect(await titles.count(), 'sessions on C2').toBeGreaterThan(0);
  await expect(frame.locator('.embed-list .agenda-meta').first()).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  // Links open the portal itself, in a new tab.
  await expect(titles.first()).toHaveAttribute('href', new RegExp(`^${forum}/sessions/WF\\d+-\\d+$`));
  await expect(titles.first()).toHaveAttribute('target', '_blank');

  // An unlisted site gets an empty frame: the browser refuses to show it.
  const other = await page.context().newPage();
  await partnerPage(other, 'http://other.example', `${forum}/embed/agenda`);
  await expect(other.getByRole('heading', { name: 'Our Action Line at the Forum' })).toBeVisible();
  await other.waitForLoadState('load');
  await expect(other.frameLocator('iframe').locator('.embed-list')).toHaveCount(0);
  // The full programme refuses framing even to the partner.
  const framed = await page.context().newPage();
  await partnerPage(framed, 'http://partner.example', `${forum}/agenda`);
  await framed.waitForLoadState('load');
  await expect(framed.frameLocator('iframe').locator('.site-header')).toHaveCount(0);
});

test('the embed, the printable programme and a room sign are accessible', async ({ page }) => {
  for (const p of ['/embed/agenda', '/embed/agenda?lang=ar&day=']) {
    await page.goto(p);
    await expect(page.locator('.embed-list').first()).toBeVisible();
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/agenda');
  await page.getByRole('link', { name: 'Printable programme (A4)' }).click();
  await expect(page).toHaveURL(/\/agenda\/print$/);
  await expect(page.locator('.print-day')).toHaveCount(5);
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the print page scrolls sideways on a phone').toBeLessThanOrEqual(0);

  // A session's room sign: a QR code named by the address it holds.
  await page.goto('/agenda?view=list');
  const session = await page.locator('a[href^="/sessions/WF"]').first().getAttribute('href');
  await page.goto(session!);
  await page.getByRole('link', { name: 'Room sign to print' }).click();
  await expect(page).toHaveURL(new RegExp(`${session}/sign$`));
  const qr = page.getByRole('img', { name: `QR code leading to ${forum}${session}` });
  await expect(qr.locator('svg')).toBeVisible();
  await expectAccessible(page);
});

test('printed, the programme puts each of the five days on its own A4 pages', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/agenda/print');
  const pdf = await page.pdf({ format: 'A4' });
  const out = path.resolve(__dirname, '../.tmp/programme.pdf');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  // 300 sessions over five days: more than one page a day, and a new page
  // for every day, so the days never share one.
  expect(pages).toBeGreaterThanOrEqual(5);
  await page.emulateMedia({ media: 'print' });
  const starts = await page.evaluate(() =>
    [...document.querySelectorAll('.print-day')].map((s) => getComputedStyle(s).breakBefore),
  );
  expect(starts).toEqual(['auto', 'page', 'page', 'page', 'page']);
});
