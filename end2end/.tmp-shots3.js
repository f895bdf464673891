const { chromium } = require('@playwright/test');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
  const base = 'http://127.0.0.1:3300';
  const [email, lang, ...shots] = process.argv.slice(2);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('wsis-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (lang !== '-') await page.getByRole('button', { name: lang }).click();
  for (const [name, path, y] of shots.map(a => a.split('='))) {
    await page.goto(base + path);
    if (y) await page.evaluate((y) => window.scrollTo(0, +y), y);
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
  }
  await browser.close();
})();
