import { Browser, expect, Page, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(__dirname, '../../target/debug/portal');

/** A unique address per test run, so tests never collide. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** The verification or reset link in the newest e-mail to `email`, read from
 * the outbox with `portal outbox` (the database of the instance on `port`). */
export function linkFromOutbox(email: string, port = 3100): string {
  const databaseUrl =
    port === 3100 ? `sqlite://${path.resolve(__dirname, '../.tmp/sqlite-3100/portal.db')}` : process.env.PORTAL_E2E_PG_URL!;
  const out = execFileSync(bin, ['outbox', '--to', email, '--limit', '1', '--json'], {
    env: { ...process.env, PORTAL_DATABASE_URL: databaseUrl, PORTAL_LOG: 'error' },
  }).toString();
  const mails = JSON.parse(out) as { body_text: string }[];
  expect(mails.length, `an e-mail to ${email}`).toBe(1);
  const link = mails[0].body_text.split(/\s+/).find((w) => w.includes('token='));
  expect(link, 'a link in the e-mail').toBeTruthy();
  return link!;
}

/** Creates an administrator on the SQLite instance with `portal create-admin`. */
export function createAdmin(email: string, password: string): void {
  execFileSync(bin, ['create-admin', '--email', email, '--name', 'Secretariat Tester'], {
    env: {
      ...process.env,
      PORTAL_DATABASE_URL: `sqlite://${path.resolve(__dirname, '../.tmp/sqlite-3100/portal.db')}`,
      PORTAL_ADMIN_PASSWORD: password,
      PORTAL_LOG: 'error',
    },
  });
}

/** Signs in on the current page's instance. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The password check is slow on purpose and queues behind other sign-ins
  // when the suite runs in parallel: wait for the page after signing in.
  await expect(page).not.toHaveURL(/\/login(\?|$)/, { timeout: 30_000 });
}

/** axe-core finds no WCAG 2.1 A/AA violation on the current page.
 *
 * axe runs as a script in the page, which a page with JavaScript disabled
 * cannot do; there the exact HTML the browser received is checked in a
 * scratch page at the same URL (so styles apply) with the portal's own
 * scripts blocked, which is the DOM a no-JavaScript reader gets. */
export async function expectAccessible(page: Page): Promise<void> {
  const jsEnabled = test.info().project.use.javaScriptEnabled !== false && (page as any).__noJs !== true;
  let target = page;
  let scratch: Awaited<ReturnType<Browser['newContext']>> | undefined;
  if (!jsEnabled) {
    const html = await page.content();
    const url = page.url();
    scratch = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    target = await scratch.newPage();
    await target.route('**/pkg/*.{js,wasm}', (r) => r.abort());
    await target.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await target.goto(url);
  }
  const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await scratch?.close();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Fills the registration form with valid data for `email`. */
export async function fillRegistration(page: Page, email: string): Promise<void> {
  await page.getByLabel('Full name').fill('Amina Diallo');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Organization').fill('Senegal ICT Agency');
  await page.getByLabel('Stakeholder type').selectOption('government');
  await page.getByLabel('Country').selectOption('SN');
  await page.getByLabel(/I agree/).check();
}

/** Marks a page as having JavaScript disabled, for {@link expectAccessible}. */
export function markNoJs(page: Page): void {
  (page as any).__noJs = true;
}

/** Registers `email`, confirms the address from the outbox and signs in. */
export async function signUp(page: Page, email: string): Promise<void> {
  await page.goto('/register');
  await fillRegistration(page, email);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Password hashing is slow on purpose and queued under load: allow for it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox', { timeout: 30_000 });
  await page.goto(linkFromOutbox(email));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await signIn(page, email, 'correct horse battery');
}

/** Picks a language from the header's language menu (a disclosure that
 * opens without JavaScript) by its native name. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  const menu = page.locator('details.lang-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
  const button = menu.getByRole('button', { name });
  const tag = await button.getAttribute('value');
  await button.click();
  // The choice is stored (for a signed-in reader, on the account) before
  // the page comes back in that language: wait for it, so that the next
  // step or test does not race the post.
  await expect(page.locator('html')).toHaveAttribute('lang', tag ?? '');
}
