import { test, expect, Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { chooseLanguage, expectAccessible, markNoJs, signIn } from './helpers';

// A panelist follows their confirmation link, uploads a photo, writes a
// biography and declares an afternoon they cannot speak; the organizer
// then places their session in that afternoon and sees the conflict; the
// public pages show the photo. On the Forum-sized instance (3104), whose
// board the other journeys only read.
const forum = 'http://127.0.0.1:3104';
const bin = path.resolve(__dirname, '../../target/debug/portal');
const forumDb = `sqlite://${path.resolve(__dirname, '../.tmp/forum-3104/portal.db')}`;

/** A `w`×`h` PNG with a colour gradient. */
function png(w: number, h: number): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      raw[i] = (x * 255) / w;
      raw[i + 1] = (y * 255) / h;
      raw[i + 2] = 120;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (kind: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(kind, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The link and name of a panelist invited to session `code`, from the
 * forum instance's outbox. */
function invitation(code: string): { link: string; name: string } {
  const out = execFileSync(bin, ['outbox', '--limit', '100000', '--json'], {
    env: { ...process.env, PORTAL_DATABASE_URL: forumDb, PORTAL_LOG: 'error' },
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  const mails = JSON.parse(out) as { template: string; body_text: string; to_name: string }[];
  const mail = mails.find((m) => m.template === 'speaker-invitation' && m.body_text.includes(`(${code})`));
  expect(mail, `an invitation for ${code}`).toBeTruthy();
  const link = mail!.body_text.split(/\s+/).find((w) => w.includes('token='))!;
  return { link: new URL(link).pathname + new URL(link).search, name: mail!.to_name };
}

/** Signs the organizer in and opens the builder on the first day with a
 * session; returns that day's position and the `nth` card's id and code. */
async function boardCard(page: Page, nth: number) {
  await page.goto(`${forum}/login`);
  await signIn(page, 'organizer@demo.wsis.test', 'wsis-demo-2026');
  await page.goto('/organize/agenda');
  const days = page.getByRole('navigation', { name: 'Days' }).getByRole('link');
  const count = await days.count();
  for (let day = 0; day < count; day++) {
    await page.goto('/organize/agenda');
    await days.nth(day).click();
    const cards = page.locator('table.agenda-grid .agenda-card');
    if ((await cards.count()) > nth) {
      const card = cards.nth(nth);
      const id = (await card.getAttribute('data-session'))!;
      const code = (await card.locator('.agenda-code').textContent())!.trim();
      return { day, id, code };
    }
  }
  throw new Error('no session on the board');
}

async function journey(browser: Browser, page: Page, nth: number, noJs: boolean) {
  const { day, id, code } = await boardCard(page, nth);
  const { link, name } = invitation(code);

  // The panelist, with no account, from the e-mailed link.
  const ctx = await browser.newContext({ baseURL: forum, javaScriptEnabled: !noJs });
  const panelist = await ctx.newPage();
  if (noJs) markNoJs(panelist);
  await panelist.goto(link.replace('/speakers/confirm', '/speakers/profile'));
  await expect(panelist.getByRole('heading', { level: 1 })).toHaveText('Your speaker profile');
  await expect(panelist.getByText(code, { exact: false }).first()).toBeVisible();
  await expectAccessible(panelist);

  // A photo of the wrong kind is refused beside the field, and the
  // biography typed with it is kept.
  const bio = `I lead work on community networks (${code}).`;
  await panelist.getByLabel('Short biography').fill(bio);
  await panelist.locator('#f-photo').setInputFiles({
    name: 'me.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is not a picture'),
  });
  await panelist.getByRole('button', { name: 'Save profile' }).click();
  await expect(panelist.locator('#f-photo-error')).toContainText('not a JPEG, PNG or WebP');
  await expect(panelist.getByLabel('Short biography')).toHaveValue(bio);
  await expectAccessible(panelist);

  await panelist.locator('#f-photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png(640, 480) });
  await panelist.getByLabel('Show my biography').check();
  await panelist.getByLabel('Show my photo').check();
  await panelist.getByRole('button', { name: 'Save profile' }).click();
  await expect(panelist.getByRole('status')).toContainText('Your profile has been saved.');
  await expect(panelist.locator('img.profile-photo-current')).toBeVisible();

  // An afternoon they cannot speak, on the day the organizer will use.
  await panelist.getByLabel('Day', { exact: true }).selectOption({ index: day });
  await panelist.getByLabel('From', { exact: true }).fill('14:00');
  await panelist.getByLabel('Until', { exact: true }).fill('18:00');
  await panelist.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panelist.getByRole('status')).toContainText('The time has been added.');
  await expect(panelist.getByText('14:00–18:00').first()).toBeVisible();
  await expectAccessible(panelist);
  // The same page in Arabic, right to left.
  await chooseLanguage(panelist, 'العربية');
  await expect(panelist.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(panelist.locator('img.profile-photo-current')).toBeVisible();
  await expectAccessible(panelist);
  await chooseLanguage(panelist, 'English');

  // The public pages: the session shows the thumbnail, the speaker page
  // the photo and the biography.
  await panelist.goto(`/sessions/${code}`);
  const thumb = panelist.locator(`img.person-thumb[alt="Photo of ${name}"]`);
  await expect(thumb).toBeVisible();
  await panelist.locator('.panel-person', { has: thumb }).getByRole('link').click();
  await expect(panelist.locator('img.speaker-photo')).toBeVisible();
  await expect(panelist.getByText(bio)).toBeVisible();
  const size = await panelist.locator('img.speaker-photo').evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(noJs || size === 400).toBeTruthy();
  await expectAccessible(panelist);
  await ctx.close();

  // The organizer places the session in that afternoon: a conflict.
  await page.goto('/organize/agenda');
  await page.getByRole('navigation', { name: 'Days' }).getByRole('link').nth(day).click();
  const card = page.locator(`table.agenda-grid [data-session="${id}"]`);
  await card.getByRole('radio').check();
  await page.getByRole('button', { name: 'Take off the grid' }).click();
  await expect(page.locator(`.agenda-unscheduled [data-session="${id}"]`)).toBeVisible();
  await page.locator(`#pick-${id}`).check();
  await page.getByRole('button', { name: /at 15:00$/ }).first().click();
  await expect(page.getByRole('status')).toContainText('The session is placed');
  await page.reload();
  await expect(page.getByText(`cannot attend`, { exact: false }).filter({ hasText: name }).first()).toBeVisible();
}

test.describe('with JavaScript', () => {
  test.use({ baseURL: forum });
  test('a panelist completes their profile and availability; the organizer sees the conflict', async ({ browser, page }) => {
    await journey(browser, page, 0, false);
  });
});

test.describe('without JavaScript', () => {
  test.use({ baseURL: forum, javaScriptEnabled: false });
  test('a panelist completes their profile and availability without JavaScript; the organizer sees the conflict', async ({
    browser,
    page,
  }) => {
    markNoJs(page);
    await journey(browser, page, 1, true);
  });
});
