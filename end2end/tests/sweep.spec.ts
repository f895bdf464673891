import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expectAccessible, signIn } from './helpers';

// Every page of every role, in English and in Arabic, on the seeded
// instance: the right language and direction, and no axe violation. Pages
// reached through the data (a proposal, a review, a session) are found by
// following the first link of their kind, so the sweep follows the seed.
// Read-only: nothing is posted, and the language is set by cookie so no
// account's saved language changes.
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

type Role = { name: string; email?: string; pages: string[]; follow?: [string, RegExp][]; editable?: boolean };

const roles: Role[] = [
  {
    name: 'visitor',
    pages: ['/', '/login', '/register', '/forgot-password', '/register/check-email', '/agenda', '/agenda?view=list',
      '/agenda/now', '/agenda/print', '/agenda/releases', '/matrix', '/speakers', '/consultation/outcomes', '/no-such-page'],
    // A session and its room sign, then a speaker named on it ('' follows
    // from the page before); a room's door screen.
    follow: [['/agenda?view=list', /^\/sessions\/WF\d+-\d+$/], ['', /^\/sessions\/WF\d+-\d+\/sign$/],
      ['/agenda?view=list', /^\/sessions\/WF\d+-\d+$/], ['', /^\/speakers\/[\w-]+$/],
      ['/agenda/now', /^\/agenda\/now\?room=\d+$/]],
  },
  {
    name: 'stakeholder',
    email: 'stakeholder001@demo.wsis.test',
    pages: ['/', '/account', '/account/speaker-profile', '/account/tokens', '/proposals', '/proposals/new', '/organization', '/organizations/join',
      '/submissions', '/submissions/new/thematic-view', '/submissions/new/speaker-recommendation',
      '/submissions/new/exhibition-request'],
    follow: [['/proposals', /^\/proposals\/WF\d+-\d+$/], ['/submissions', /^\/submissions\/WF\d+-[A-Z]{2}-\d+$/]],
    // A proposal's edit page: reached from the first proposal that offers it.
    editable: true,
  },
  {
    name: 'reviewer',
    email: 'reviewer@demo.wsis.test',
    pages: ['/review'],
    follow: [['/review', /^\/review\/WF\d+-\d+$/]],
  },
  {
    name: 'facilitator',
    email: 'facilitator@demo.wsis.test',
    pages: ['/review', '/review/lines'],
    follow: [['/review/lines', /^\/review\/lines\/C[\w-]+$/]],
  },
  {
    name: 'organizer',
    email: 'organizer@demo.wsis.test',
    // (The merge form needs proposals picked first: review.spec.ts covers it.)
    pages: ['/organize', '/organize/proposals', '/organize/decisions', '/organize/review',
      '/organize/settings', '/organize/taxonomy', '/organize/agenda', '/organize/agenda/venue', '/organize/agenda/sessions',
      '/organize/agenda/schedule', '/organize/submissions', '/organize/submissions?kind=thematic-view&region=D',
      '/organize/consultation', '/organize/outcomes'],
    follow: [['/organize/submissions', /^\/submissions\/WF\d+-[A-Z]{2}-\d+$/],
      ['/organize/agenda/venue', /^\/organize\/speakers\/profile\?email=/],
      ['/organize/consultation', /^\/organize\/meetings\/\d+$/], ['', /^\/organize\/meetings\/\d+\/inputs\/hlt-nomination$/]],
  },
  {
    name: 'admin',
    email: 'admin@demo.wsis.test',
    pages: ['/admin/users', '/admin/outbox', '/admin/outbox/templates', '/admin/outbox/templates?lang=zh',
      '/admin/moderation', '/admin/audit'],
  },
];

async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.find((h) => pattern.test(h));
  expect(found, `a link like ${pattern} on ${from}`).toBeTruthy();
  return found!;
}

/** The edit page of the first of the account's proposals that can still be edited. */
async function editLink(page: Page): Promise<string> {
  await page.goto('/proposals');
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hrefs.filter((h) => /^\/proposals\/WF\d+-\d+$/.test(h))) {
    await page.goto(h);
    const edit = page.locator(`a[href="${h}/edit"]`);
    if (await edit.count()) return `${h}/edit`;
  }
  throw new Error('no editable proposal');
}

const widths = [320, 390, 1280, 1920];

for (const lang of ['en', 'ar']) {
  for (const role of roles) {
    test(`every ${role.name} page in ${lang} fits 320 to 1920 px and passes axe`, async ({ browser }) => {
      test.setTimeout(480_000);
      const context = await browser.newContext({ baseURL: seeded });
      const page = await context.newPage();
      if (role.email) {
        await signIn(page, role.email, password);
        await expect(page).not.toHaveURL(/\/login/);
      }
      await context.addCookies([{ name: 'portal_lang', value: lang, url: seeded }]);
      const pages = [...role.pages];
      for (const [from, pattern] of role.follow ?? []) {
        pages.push(await firstLink(page, from || pages[pages.length - 1], pattern));
      }
      if (role.editable) pages.push(await editLink(page));
      for (const p of new Set(pages)) {
        // Phones, a small laptop and a large desktop: no page scrolls
        // sideways, the header stays compact, and axe finds nothing.
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          const res = await page.goto(p);
          expect(res!.status(), p).toBeLessThan(p === '/no-such-page' ? 500 : 400);
          await expect(page.locator('html'), p).toHaveAttribute('lang', lang);
          await expect(page.locator('html'), p).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
          const { overflow, header } = await page.evaluate(() => ({
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            header: document.querySelector('header')!.getBoundingClientRect().height,
          }));
          expect.soft(overflow, `${p} at ${width} px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
          if (width <= 390) expect.soft(header, `${p} header at ${width} px`).toBeLessThanOrEqual(120);
          await expectAccessible(page);
        }
      }
      await context.close();
    });
  }
}

// The four other UN languages: the main pages render in the language,
// left to right, accessible, with no English left in the navigation.
for (const lang of ['zh', 'fr', 'ru', 'es']) {
  test(`the main pages in ${lang}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL: seeded });
    const page = await context.newPage();
    await signIn(page, 'stakeholder001@demo.wsis.test', password);
    await context.addCookies([{ name: 'portal_lang', value: lang, url: seeded }]);
    for (const p of ['/', '/proposals', '/proposals/new', '/agenda', '/matrix']) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(p);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      const nav = await page.getByRole('navigation').first().innerText();
      expect(nav, `${p} navigation in ${lang}`).not.toMatch(/\b(Home|My proposals|Sign out)\b/);
      await expectAccessible(page);
      // The header stays one compact row on a phone in every language.
      await page.setViewportSize({ width: 390, height: 800 });
      const header = await page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
      expect(header, `${p} header at 390 px in ${lang}`).toBeLessThanOrEqual(120);
    }
    await context.close();
  });
}

test('the browser language picks each UN language on a first visit', async ({ browser }) => {
  const expected: Record<string, string> = { 'zh-CN': 'zh', 'fr-CH': 'fr', 'ru-RU': 'ru', 'es-AR': 'es', 'ar-EG': 'ar', 'de-DE': 'en' };
  for (const [locale, lang] of Object.entries(expected)) {
    const context = await browser.newContext({ baseURL: seeded, locale });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  }
});

// The HTML the server sends for key pages, in English and Arabic, passes the
// Nu HTML Checker (vnu-jar, run once over all of them).
test('key pages pass the Nu HTML Checker', async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = path.resolve(__dirname, '../.tmp/vnu');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({ baseURL: seeded });
  const page = await context.newPage();
  const anonymous = ['/', '/login', '/register', '/agenda', '/agenda?view=list', '/matrix', '/speakers'];
  const session = await firstLink(page, '/agenda?view=list', /^\/sessions\/WF\d+-\d+$/);
  await signIn(page, 'stakeholder001@demo.wsis.test', password);
  const mine = await firstLink(page, '/proposals', /^\/proposals\/WF\d+-\d+$/);
  const signedIn = ['/proposals', '/proposals/new', mine, await editLink(page), session];
  let n = 0;
  for (const lang of ['en', 'ar']) {
    for (const [paths, withCookie] of [[anonymous, false], [signedIn, true]] as const) {
      for (const p of paths) {
        const cookies = [`portal_lang=${lang}`];
        if (withCookie) cookies.push(...(await context.cookies(seeded)).filter((c) => c.name === 'portal_session').map((c) => `${c.name}=${c.value}`));
        const res = await page.request.fetch(`${seeded}${p}`, { headers: { Cookie: cookies.join('; ') } });
        expect(res.status(), p).toBe(200);
        fs.writeFileSync(path.join(dir, `${String(++n).padStart(2, '0')}-${lang}${p.replace(/[^\w]+/g, '_')}.html`), await res.body());
      }
    }
  }
  await context.close();
  const jar = path.resolve(__dirname, '../node_modules/vnu-jar/build/dist/vnu.jar');
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  let report = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { stdio: 'pipe' });
  } catch (e: any) {
    report = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  expect(report.trim().split('\n').filter(Boolean), 'Nu HTML Checker errors').toEqual([]);
});

// Low-bandwidth budget: a stakeholder page's HTML and CSS, gzip-compressed
// as the server sends them, stay under 60 KB before any WASM loads.
test('a stakeholder page costs at most 60 KB of HTML and CSS', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: seeded });
  const page = await context.newPage();
  await signIn(page, 'stakeholder001@demo.wsis.test', password);
  for (const p of ['/proposals', '/proposals/new']) {
    const html = await page.request.get(p, { headers: { 'Accept-Encoding': 'gzip' } });
    const body = await html.text();
    const css = body.match(/<link rel="stylesheet" href="([^"]+)"/)![1];
    const style = await page.request.get(css);
    // Playwright decodes bodies; compress them again as the server did.
    const bytes = zlib.gzipSync(Buffer.from(body)).length + zlib.gzipSync(await style.body()).length;
    expect(bytes, `${p}: ${bytes} bytes of HTML and CSS, compressed`).toBeLessThanOrEqual(60 * 1024);
  }
  await context.close();
});
