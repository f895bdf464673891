import { test, expect, Page } from '@playwright/test';
import { chooseLanguage, expectAccessible, markNoJs, signIn } from './helpers';

// The agenda journeys run on the seeded instance (port 3103), whose demo
// forum already has a first release. They change the same board, so they
// run one after the other.
const seeded = 'http://127.0.0.1:3103';
test.describe.configure({ mode: 'serial' });

async function signInOrganizer(page: Page) {
  await page.goto(`${seeded}/login`);
  await signIn(page, 'organizer@demo.wsis.test', 'wsis-demo-2026');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Opens the builder on the forum's `n`th day (from 0). */
async function openDay(page: Page, n: number) {
  await page.goto('/organize/agenda');
  await page.getByRole('navigation', { name: 'Days' }).getByRole('link').nth(n).click();
}

/** Opens the builder on the first day with a session (other than
 * `except`) on the grid; returns that day's position. */
async function openDayWithSession(page: Page, except = ''): Promise<number> {
  await page.goto('/organize/agenda');
  const days = await page.getByRole('navigation', { name: 'Days' }).getByRole('link').count();
  for (let n = 0; n < days; n++) {
    await openDay(page, n);
    if (await page.locator(`table.agenda-grid .agenda-card:not([data-session="${except}"])`).count()) return n;
  }
  throw new Error('no session on the grid to move');
}

/** Takes the first session on the day's grid (other than `except`) off it;
 * returns its id and code. */
async function takeOffGrid(page: Page, except = ''): Promise<{ id: string; code: string }> {
  const card = page.locator(`table.agenda-grid .agenda-card:not([data-session="${except}"])`).first();
  const id = (await card.getAttribute('data-session'))!;
  const code = (await card.locator('.agenda-code').textContent())!.trim();
  await card.getByRole('radio').check();
  await page.getByRole('button', { name: 'Take off the grid' }).click();
  await expect(page.getByRole('status')).toContainText('off the grid');
  await expect(page.locator(`.agenda-unscheduled [data-session="${id}"]`)).toBeVisible();
  return { id, code };
}

test.describe('with JavaScript', () => {
  // Tall enough that a card in the list and the morning rows of the grid
  // are on screen together (people get autoscroll while dragging).
  test.use({ baseURL: seeded, viewport: { width: 1280, height: 2400 } });

  test('an organizer builds part of the agenda with the mouse and the keyboard, then releases it', async ({ page }) => {
    await signInOrganizer(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organize' }).click();
    await page.getByRole('link', { name: 'Agenda builder' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda builder');
    const day = await openDayWithSession(page);
    await expect(page.getByText('You can also drag a session onto a grid cell.')).toBeVisible();
    await expectAccessible(page);

    // Mouse: drag a card from the list onto a cell of the grid.
    const dragged = await takeOffGrid(page);
    const target = page.getByRole('button', { name: /at 10:00$/ }).first();
    const targetName = (await target.textContent())!.replace('+', '').trim();
    await page.locator(`.agenda-unscheduled [data-session="${dragged.id}"]`).dragTo(target.locator('xpath=..'));
    await expect(page.getByRole('status')).toContainText('The session is placed');
    const room = targetName.replace('Place the chosen session in ', '').replace(' at 10:00', '');
    await expect(page.getByRole('button', { name: targetName }).locator('xpath=..').locator(`[data-session="${dragged.id}"]`)).toBeVisible();

    // Keyboard: pick with the space bar, choose room and time, press Enter.
    await openDayWithSession(page, dragged.id);
    const typed = await takeOffGrid(page, dragged.id);
    await openDay(page, day);
    await page.locator(`#pick-${typed.id}`).focus();
    await page.keyboard.press('Space');
    await expect(page.locator(`#pick-${typed.id}`)).toBeChecked();
    await page.getByLabel('Room', { exact: true }).selectOption({ label: room });
    await page.getByLabel('Start', { exact: true }).selectOption({ label: '09:00' });
    await page.getByRole('button', { name: 'Place', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('The session is placed');
    await expect(page.locator(`table.agenda-grid [data-session="${typed.id}"]`)).toContainText('09:00');

    // Release: a changelog, then the public programme shows the new places.
    await page.getByRole('link', { name: 'Release the agenda' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release the agenda');
    await expect(page.getByText(/Moved \(\d+\)/)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Note for the public').fill('Two sessions moved.');
    const confirm = page.getByLabel(/Release anyway/);
    if (await confirm.count()) await confirm.check();
    await page.getByRole('button', { name: 'Release the agenda' }).click();
    await expect(page.getByRole('status')).toContainText('The agenda is released');

    await page.goto(`/sessions/${dragged.code}`);
    await expect(page.getByText(/10:00–/).first()).toBeVisible();
    await expect(page.getByText(room, { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/^Your time:/)).toBeVisible();
    await expectAccessible(page);
    await page.goto('/agenda');
    await expect(page.getByText(/^Release \d+, published/)).toBeVisible();
    await expectAccessible(page);
    await page.goto('/agenda/releases');
    await expect(page.getByText('Two sessions moved.')).toBeVisible();

    const ics = await (await page.request.get('/agenda/agenda.ics')).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.replace(/\r\n /g, '')).toMatch(/SEQUENCE:[1-9]/);
    const xml = await (await page.request.get('/agenda/schedule.xml')).text();
    expect(xml).toContain(`/sessions/${dragged.code}</url>`);
    const json = await (await page.request.get('/agenda/schedule.json')).json();
    expect(JSON.stringify(json)).toContain(`/sessions/${typed.code}`);
    const csv = await (await page.request.get('/agenda/sessions.csv')).text();
    expect(csv).toContain(dragged.code);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, baseURL: seeded });

  test('an organizer places a session with the grid buttons, sets up the venue and reads the programme', async ({ page }) => {
    markNoJs(page);
    await signInOrganizer(page);
    await openDayWithSession(page);
    await expect(page.getByText('You can also drag a session onto a grid cell.')).toBeHidden();
    const moved = await takeOffGrid(page);
    // Nothing picked: a clear message, the board stays.
    await page.getByRole('button', { name: /at 15:00$/ }).first().click();
    await expect(page.locator('.error-summary')).toContainText('Choose a session first');
    await page.locator(`#pick-${moved.id}`).check();
    await page.getByRole('button', { name: /at 15:00$/ }).first().click();
    await expect(page.getByRole('status')).toContainText('The session is placed');
    await expect(page.locator(`table.agenda-grid [data-session="${moved.id}"]`)).toContainText('15:00');
    await expect(page.getByRole('heading', { name: 'Conflicts' })).toBeVisible();
    await expectAccessible(page);

    // Venue: a bad room is refused next to the field and keeps the input.
    await page.getByRole('link', { name: 'Venue and time grid' }).click();
    await expectAccessible(page);
    const newRoom = page.locator('form[action="/organize/agenda/rooms"]');
    await newRoom.getByLabel('Name').fill('Popov Room');
    await newRoom.getByLabel('Building').fill('ITU Tower');
    await newRoom.getByLabel('Seats').fill('lots');
    await newRoom.getByRole('button', { name: 'Add the room' }).click();
    await expect(page.locator('#rn-capacity-error')).toContainText('Enter a whole number');
    await expect(page.locator('#rn-name')).toHaveValue('Popov Room');
    await expectAccessible(page);
    await page.locator('#rn-capacity').fill('60');
    await page.locator('form[action="/organize/agenda/rooms"]').getByRole('button', { name: 'Add the room' }).click();
    await expect(page.getByRole('status')).toContainText('The room is saved');
    await expect(page.getByText(/Popov Room – ITU Tower, 60 seats/)).toBeVisible();

    await page.goto('/organize/agenda/schedule');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Automatic scheduling');
    await expectAccessible(page);
    await page.goto('/organize/agenda/sessions');
    await expectAccessible(page);
    await page.goto('/organize/agenda/release');
    const confirm = page.getByLabel(/Release anyway/);
    if (await confirm.count()) await confirm.check();
    await page.getByRole('button', { name: 'Release the agenda' }).click();
    await expect(page.getByRole('status')).toContainText('The agenda is released');

    // The public programme: list view, a filter, a session, the matrix.
    await page.goto('/agenda?view=list');
    await expectAccessible(page);
    await page.getByLabel('Search', { exact: true }).fill(moved.code);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('Sessions that match: 1.')).toBeVisible();
    await page.locator('.programme-card h4 a').first().click();
    await expect(page.getByText(/15:00–/).first()).toBeVisible();
    await expectAccessible(page);
    await page.goto('/matrix');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('WSIS–SDG matrix');
    await expectAccessible(page);

    // Arabic, right to left.
    await page.goto('/agenda');
    await chooseLanguage(page, 'العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('البرنامج');
    await expectAccessible(page);
    await chooseLanguage(page, 'English');
  });
});
