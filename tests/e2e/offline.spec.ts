// A repeat visit loads from the service worker's cache and works with the network off; a new version that takes
// over an open page is offered with a reload.
import type { Page } from '@playwright/test';
import { test, expect, metric, open, typeInto } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached this build and controls the page (it registers once the page is idle). */
async function controlled(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active), { timeout: 20000 })
    .toBe(true);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20000 }).toBe(true);
}

test('a repeat visit works with the network off, sections included', async ({ page, context }) => {
  await open(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
  await typeInto(page, 'Clicks', '4000');
  await expect(metric(page, 'cpc')).toHaveText('$0.03');
  // Every chunk was cached at install: a section opens offline.
  await page.getByText('Credit wallet: when your credits run out').click();
  await expect(page.locator('.wallet-summary')).toContainText('Add the credits you hold');
  await context.setOffline(false);
});

test('a new version taking over an open page offers a reload', async ({ page }) => {
  await open(page);
  await controlled(page);
  // A page the worker served from the start (a repeat visit).
  await open(page);
  // A deployment brings a new worker that takes over open pages. The test brings one by registering the worker
  // under another script URL, which the browser installs as a new version.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next'));
  await expect(page.locator('.link-notices.update')).toHaveText('A new version of the calculator is ready. Reload');
  await page.evaluate(() => ((window as any).__before = true));
  await page.locator('.link-notices.update').getByRole('button', { name: 'Reload' }).click();
  // The button reloads the page. (Whether the reloaded page sees yet another new version is up to this test's
  // stand-in: the page registers `/sw.js` again, a different script URL from `/sw.js?next`, which the browser may
  // install as one more version; a real deployment keeps the URL.)
  await expect.poll(() => page.evaluate(() => !(window as any).__before).catch(() => false)).toBe(true);
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
});

test('the embedded calculator works offline on a repeat visit too', async ({ page, context }) => {
  await page.goto('http://127.0.0.1:4174/');
  const frame = page.frameLocator('iframe[title="TikTok ads credit calculator"]');
  await expect(frame.locator('[data-metric="cpc"] .value')).not.toHaveText('…');
  const embedded = page.frames().find((f) => f.url().includes('/embed.html'))!;
  await expect
    .poll(() => embedded.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active), { timeout: 20000 })
    .toBe(true);
  await context.setOffline(true);
  // The host page is the host's to cache; the calculator in its frame comes from our worker's cache.
  await embedded.evaluate(() => {
    (window as any).__before = true;
    location.reload();
  });
  await expect.poll(() => embedded.evaluate(() => !(window as any).__before).catch(() => false)).toBe(true);
  const cpc = frame.locator('[data-metric="cpc"] .value');
  await expect(cpc).toHaveText(/\d/);
  const before = await cpc.innerText();
  await frame.getByLabel('Clicks', { exact: true }).fill('4000');
  await expect(cpc).not.toHaveText(before);
  await context.setOffline(false);
});
