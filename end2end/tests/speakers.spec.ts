import { test, expect, Page } from '@playwright/test';
import { expectAccessible, markNoJs } from './helpers';

// The speakers of the Forum's programme (a thousand people at full size):
// searched, filtered and paged with plain GET forms, so it works the same
// without JavaScript, in English and in Arabic.
const forum = 'http://127.0.0.1:3104';
test.use({ baseURL: forum });

/** The names listed on the current page. */
const names = (page: Page) => page.locator('.speaker-name a').allInnerTexts();

async function journey(page: Page) {
  await page.goto('/agenda?view=list');
  await page.getByRole('link', { name: 'Speakers', exact: true }).click();
  await expect(page).toHaveURL(/\/speakers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'speakers in the programme' })).toBeVisible();
  const first = await names(page);
  expect(first.length).toBe(60);
  await expectAccessible(page);

  // The next page, and back.
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText('Page 2 of', { exact: false })).toBeVisible();
  expect((await names(page))[0]).not.toBe(first[0]);
  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(page.getByText('Page 1 of', { exact: false })).toBeVisible();

  // Search by a surname: the person is found, and their page names them.
  const person = first[7];
  const surname = person.split(' ').slice(-1)[0];
  await page.getByLabel('Search by name, job title or organization').fill(surname.toUpperCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('Speakers that match');
  expect(await names(page)).toContain(person);
  await page.getByRole('link', { name: person, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person);
  await page.getByRole('link', { name: 'Show every speaker' }).click();
  await expect(page).toHaveURL(/\/speakers$/);

  // A country and an Action Line together narrow the list; nothing found says so.
  await page.getByLabel('Country').selectOption({ index: 1 });
  await page.getByLabel('Action Line').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/country=.+&line=/);
  await expect(page.getByRole('status')).toContainText('Speakers that match');
  await page.goto('/speakers?q=nobody-is-called-this');
  await expect(page.getByText('No speaker matches this search.')).toBeVisible();
  await expectAccessible(page);
}

test('the speakers list: search, filters and pages, with JavaScript', async ({ page }) => {
  await journey(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the speakers list: search, filters and pages, without JavaScript', async ({ page }) => {
    markNoJs(page);
    await journey(page);
  });
});

test('the speakers list in Arabic reads right to left', async ({ page }) => {
  await page.context().addCookies([{ name: 'portal_lang', value: 'ar', url: forum }]);
  await page.goto('/speakers');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'المتحدثون' })).toBeVisible();
  await expectAccessible(page);
});
