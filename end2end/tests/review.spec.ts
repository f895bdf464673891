import { test, expect, Page } from '@playwright/test';
import { expectAccessible, markNoJs, signIn } from './helpers';

// These journeys run on the instance seeded with `portal seed-demo`
// (port 3103): reviewers with assignments, reviews that disagree, and
// decisions, some released and some pending.
const seeded = 'http://127.0.0.1:3103';
const password = 'wsis-demo-2026';

async function signInSeeded(page: Page, email: string) {
  await page.goto(`${seeded}/login`);
  await signIn(page, email, password);
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Scores every criterion on the review form, fills the rest, and saves
 * with "save and next". */
async function writeReview(page: Page, score: string) {
  const groups = page.locator('fieldset.criterion');
  const n = await groups.count();
  expect(n, 'one fieldset per criterion').toBeGreaterThanOrEqual(6);
  for (let i = 0; i < n; i++) {
    await groups.nth(i).getByLabel(score, { exact: true }).check();
  }
  await page.getByRole('group', { name: 'Your confidence' }).getByLabel('Medium').check();
  await page.getByRole('group', { name: 'Your recommendation' }).getByLabel('Accept', { exact: true }).check();
  await page.getByLabel('Comment for the organizers').fill('A balanced panel and a clear, interactive format.');
  await page.getByRole('button', { name: 'Save and review the next' }).click();
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js, baseURL: seeded });

    test('a reviewer works through the queue', async ({ page }) => {
      if (!js) markNoJs(page);
      await signInSeeded(page, js ? 'reviewer@demo.wsis.test' : 'reviewer01@demo.wsis.test');
      await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reviews');
      await expect(page.locator('.lead')).toContainText('You have reviewed 0 of');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Review the next proposal' }).click();
      const first = await page.getByRole('heading', { level: 1 }).textContent();
      await expectAccessible(page);
      // Each criterion says what its lowest and highest scores mean.
      const relevance = page.locator('fieldset.criterion').first();
      await expect(relevance.locator('.scale-ends')).toContainText('Unrelated to the Action Lines and SDGs');
      await expect(relevance.locator('.scale-ends')).toContainText('Central to the Action Lines and SDGs it names');

      // Nothing scored: every problem is listed, and the typed comment stays.
      await page.getByLabel('Comment for the organizers').fill('Half-written thoughts');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.locator('.error-summary')).toContainText('Relevance to the Action Lines and SDGs');
      await expect(page.getByLabel('Comment for the organizers')).toHaveValue('Half-written thoughts');
      await expectAccessible(page);

      await writeReview(page, '4');
      await expect(page.getByRole('status')).toContainText('Your review has been saved');
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first!);
      await writeReview(page, '2');
      await page.goto('/review');
      await expect(page.locator('.lead')).toContainText('You have reviewed 2 of');

      // The internal discussion is separate from the review.
      await page.locator('table a').first().click();
      await page.getByLabel('Your message').fill('Could this merge with the other C2 workshop?');
      await page.getByRole('button', { name: 'Post' }).click();
      await expect(page.locator('.discussion')).toContainText('Could this merge with the other C2 workshop?');
    });

    test('an organizer says what the scores mean, in another language', async ({ page }) => {
      if (!js) markNoJs(page);
      await signInSeeded(page, 'organizer@demo.wsis.test');
      await page.goto('/organize/review');
      // A criterion of their own needs its scale explained: refused, and the
      // name typed stays.
      const added = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add the criterion' }) });
      await added.getByLabel('Name').fill('Accessibility for all');
      await added.getByRole('button', { name: 'Add the criterion' }).click();
      await expect(page.locator('.error-summary')).toContainText('Say what the lowest and the highest score mean');
      await expect(page.locator('#cn-name')).toHaveValue('Accessibility for all');
      await expectAccessible(page);

      // A standard criterion takes an override in one language (a different
      // criterion per run, as both runs share the seeded instance).
      const [legend, language, field, text] = js
        ? ['Novelty', 'Español', 'high_es', 'Una propuesta nunca vista']
        : ['Clarity and quality', 'Français', 'high_fr', 'Limpide et complète'];
      const form = page.locator('form.criterion-form').filter({ has: page.locator('legend', { hasText: legend }) });
      await expect(form.locator('.scale-ends')).not.toContainText(text);
      await form.locator('summary').click();
      await form.getByLabel(`What 5 means (${language})`).fill(text);
      await form.getByRole('button', { name: `Save “${legend}”` }).click();
      await expect(page.getByRole('status')).toContainText('The criterion has been saved');
      // English readers keep the standard English text; readers of that
      // language see the organizers' wording.
      const again = page.locator('form.criterion-form').filter({ has: page.locator('legend', { hasText: legend }) });
      await expect(again.locator('.scale-ends')).not.toContainText(text);
      await expect(again.locator(`input[name="${field}"]`)).toHaveValue(text);
      // The language through its cookie only: the menu would also store it
      // on the demo organizer's account, which tests running at the same
      // time sign in with.
      const tag = field.slice(-2);
      await page.context().addCookies([{ name: 'portal_lang', value: tag, url: new URL(page.url()).origin }]);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.locator('.scale-ends', { hasText: text })).toHaveCount(1);
    });

    test('an organizer decides, releases and watches the balance', async ({ page }) => {
      if (!js) markNoJs(page);
      await signInSeeded(page, 'organizer@demo.wsis.test');
      await page.goto('/organize');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme balance');
      await expect(page.locator('svg.chart[role="img"]').first()).toBeVisible();
      await expect(page.locator('table.data')).toHaveCount(7);
      await expectAccessible(page);

      await page.goto('/organize/proposals?decision=waitlist&sort=mean&dir=desc');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposals and selection');
      await expectAccessible(page);
      // Nothing ticked: a clear message, nothing decided.
      await page.getByLabel('Outcome').selectOption('accept');
      await page.getByRole('button', { name: 'Record the decision for the selected proposals' }).click();
      await expect(page.locator('.error-summary')).toContainText('Tick at least one proposal');
      await expect(page.locator('#q-decision')).toHaveValue('waitlist');
      // Promote the best waitlisted proposal.
      await page.goto('/organize/proposals?decision=waitlist&sort=mean&dir=desc');
      const code = (await page.locator('tbody .code').first().textContent())!.trim();
      await page.getByLabel(`Select ${code}`).check();
      await page.getByLabel('Outcome').selectOption('accept');
      await page.getByRole('button', { name: 'Record the decision for the selected proposals' }).click();
      await expect(page.getByRole('status')).toContainText('They stay pending until you release them');

      await page.goto('/organize/decisions');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decisions and e-mails');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Preview' }).first().click();
      await expect(page.locator('.email-preview').first()).toContainText('has been accepted');
      await page.getByRole('button', { name: 'Release the decisions and send the e-mails' }).click();
      await expect(page.getByRole('status')).toContainText('The decisions have been released');
      await expect(page.getByText('No decision is waiting to be released.')).toBeVisible();

      await page.goto(`/review/${code}`);
      await expect(page.getByText(/Decision: Accept \(released\)/)).toBeVisible();
      await expectAccessible(page);
    });

    test('an admin moderates a review with a reason', async ({ page }) => {
      if (!js) markNoJs(page);
      await signInSeeded(page, 'admin@demo.wsis.test');
      await page.getByRole('navigation').getByRole('link', { name: 'Moderation' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review moderation');
      await expectAccessible(page);
      // Other journeys write reviews meanwhile (newest on top), so each run
      // takes one of the two oldest, on the last page, and finds it by its id.
      // Each page is waited for: counting links while the next one loads
      // would find none and stop on a half-loaded document.
      const next = page.getByRole('link', { name: 'Next page' });
      while (await next.count()) {
        const target = new URL((await next.getAttribute('href'))!, page.url()).href;
        await next.click();
        await page.waitForURL(target);
      }
      await expectAccessible(page);
      const cards = page.locator('article.review-card');
      const count = await cards.count();
      const id = await cards.nth(count - (js ? 1 : 2)).getAttribute('id');
      const card = page.locator(`article#${id}`);
      const action = js ? 'hide' : 'lock';
      // No reason: refused, with the message beside the field.
      await card.getByLabel('Action').selectOption(action);
      await card.getByRole('button', { name: 'Apply' }).click();
      await expect(card.locator('.field-error').first()).toBeVisible();
      await expectAccessible(page);
      await card.getByLabel('Action').selectOption(action);
      await card.getByLabel('Reason').fill('Remarks about the proposers, not the proposal');
      await card.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByRole('status')).toContainText('The moderation action has been recorded');
      await expect(card).toContainText(js ? 'Hidden by an administrator' : 'Locked');
      await expect(card).toContainText('Remarks about the proposers, not the proposal');
      // The audit log has the action, with its reason.
      await page.getByRole('link', { name: 'See the moderation actions in the audit log.' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
      await expect(page.locator('tbody')).toContainText(`review.${action}`);
      await expectAccessible(page);
    });
  });
}
