import type { Page } from '@playwright/test';
import { test, expect, metric, open, allMetrics, typeInto } from './fixtures';

const notices = (page: Page) => page.locator('.link-notices');
const names = (page: Page) => page.locator('.scenario-list .scenario .name');

test('a copied link reopens exactly the same scenario elsewhere, touching no saved scenario', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByLabel('Currency').selectOption('EUR');
  await typeInto(page, 'Ad credits', '1.234,50');
  await typeInto(page, 'Clicks', '3,210');
  await page.getByLabel('Scenario name').fill('Spring & co: 100%');
  const shown = await allMetrics(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.notice')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#v=4&credits=1234.5&impressions=50000&clicks=3210&conversions=500&currency=EUR&name=Spring%20%26%20co%3A%20100%25');

  // Another browser (the client the link was sent to), with a saved scenario of its own.
  const elsewhere = await browser.newContext({ locale: 'en-US' });
  const theirs = await elsewhere.newPage();
  await open(theirs);
  await theirs.getByLabel('Scenario name').fill('Theirs');
  await theirs.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(names(theirs)).toHaveText(['Theirs']);
  const other = await elsewhere.newPage();
  await open(other, link);
  expect(await allMetrics(other)).toEqual(shown);
  await expect(other.getByLabel('Scenario name')).toHaveValue('Spring & co: 100%');
  await expect(notices(other)).toContainText('You opened a shared scenario. Save it to keep it in your list.');
  await expect(names(other)).toHaveText(['Theirs']);
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(names(other)).toHaveText(['Spring & co: 100%', 'Theirs']);
  await elsewhere.close();
});

test('the address bar follows the scenario without adding history entries', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await typeInto(page, 'Clicks', '4000');
  await expect.poll(() => page.url()).toContain('clicks=4000');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await typeInto(page, 'Clicks', 'abc');
  await expect.poll(() => page.url()).not.toContain('#');
});

test('bad values fall back to their default and the notice names them', async ({ page }) => {
  await open(page, '/#credits=abc&clicks=1000&currency=XYZ');
  await expect(notices(page)).toContainText("The link's “credits” value could not be read, so the default is shown.");
  await expect(notices(page)).toContainText('“currency”');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('100');
  await expect(metric(page, 'cpc')).toHaveText('$0.10');
});

test('query string and fragment: the fragment wins per key, unknown keys are ignored', async ({ page }) => {
  await open(page, '/?clicks=10&credits=50&utm_source=mail#clicks=20&colour=red');
  await expect(page.getByLabel('Clicks')).toHaveValue('20');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('50');
  await expect(metric(page, 'cpc')).toHaveText('$2.50');
});

test('a link from a newer version opens what it can, with a notice', async ({ page }) => {
  await open(page, '/#v=9&clicks=4000&cash=100');
  await expect(notices(page)).toContainText('made by a newer version of the calculator (v=9)');
  await expect(metric(page, 'cpc')).toHaveText('$0.03');
});

test('a link over 2,048 characters is refused with a notice', async ({ page }) => {
  await open(page, `/#clicks=5&name=${'x'.repeat(2100)}`);
  await expect(notices(page)).toHaveText('This link is longer than 2048 characters, so it was not opened.');
  await expect(page.getByLabel('Clicks')).toHaveValue('2000');
});

test('a hostile name shows as text and runs nothing', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const name = '<img src=x onerror=alert(1)>';
  await open(page, `/#clicks=5&name=${encodeURIComponent(name)}`);
  await expect(page.getByLabel('Scenario name')).toHaveValue(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(names(page)).toHaveText([name]);
  expect(await page.locator('.scenario-list img').count()).toBe(0);
});

test('where the clipboard is denied, the link appears selected in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await open(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('Link to this scenario');
  await expect(field).toBeFocused();
  const value = await field.inputValue();
  expect(value).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD$/);
  const selected = await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]);
  expect(selected).toEqual([0, value.length]);
  await expect(page.locator('.notice')).toHaveText('Copy the link from the field below.');
});

test('a link pasted into the address bar of an open page opens too', async ({ page }) => {
  await open(page);
  await page.evaluate(() => (location.hash = '#v=1&credits=300&clicks=1500&name=Pasted'));
  await expect(metric(page, 'cpc')).toHaveText('$0.20');
  await expect(page.getByLabel('Scenario name')).toHaveValue('Pasted');
  await expect(notices(page)).toContainText('You opened a shared scenario.');
});
