// What a marketer's first hour found (issue "What a marketer's first hour found"), one test per finding, with the
// marketer's real case: $300 promotional credits expiring in 30 days, a $150 referral coupon expiring in 10, a
// $1,200 campaign at $60 a day, 180,000 impressions, 2,100 clicks, 45 purchases.
import type { Page } from '@playwright/test';
import { test, expect, metric, open, typeInto, axeViolations, snap, saveAs } from './fixtures';

const CASE = '/#v=2&credits=450&impressions=180000&clicks=2100&conversions=45&currency=USD&spend=1200';
const section = (page: Page, name: RegExp) => page.locator('details.plan').filter({ has: page.getByText(name) });
const notice = (page: Page) => page.locator('.notice');
const saveState = (page: Page) => page.locator('#save-state');

test('1. the spend behind the results is a visible field of the calculator, and the results say what they are on', async ({ page }) => {
  await open(page, CASE);
  const spend = page.locator('.calculator').getByLabel('Total spend', { exact: true });
  await expect(spend).toHaveValue('1200');
  await expect(page.locator('#spend-hint')).toHaveText('Credits + cash. Empty: the credits paid for everything.');
  await expect(page.locator('#results-heading')).toHaveText('What your spend bought');
  await expect(page.locator('.results .basis')).toHaveText(
    'On a total spend of $1,200.00: $450.00 of credits and $750.00 of cash.',
  );
  await expect(metric(page, 'cpm')).toHaveText('$6.67');
  // The split has its own section, opened because the link fills it; it no longer owns the field.
  await expect(section(page, /Credits and cash/)).toHaveAttribute('open', '');
  await expect(section(page, /Credits and cash/).getByLabel('Total spend')).toHaveCount(0);
  await typeInto(page, 'Total spend', '');
  await expect(page.locator('.results .basis')).toHaveText(
    'On $450.00 of credits, which paid for everything (no total spend given).',
  );
  await expect(page.locator('#results-heading')).toHaveText('What your credits bought');
});

test('2. opening a saved scenario over unsaved edits is undone in one click', async ({ page }) => {
  await open(page, CASE);
  await saveAs(page, 'Campaign A');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Scenario name').fill('Campaign B');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Campaign A', exact: true }).click();
  await typeInto(page, 'Conversions', '7');
  await expect(saveState(page)).toHaveText('Changed since saved');
  await page.getByRole('button', { name: 'Campaign B', exact: true }).click();
  await expect(notice(page)).toHaveText(
    'Opened “Campaign B”. The inputs you had not saved were replaced: Undo brings them back. Undo',
  );
  await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Conversions', { exact: true })).toHaveValue('7');
  await expect(page.getByLabel('Scenario name')).toHaveValue('Campaign A');
  await expect(saveState(page)).toHaveText('Changed since saved');
  await expect(notice(page)).toHaveText('Your inputs are back.');
  // Opening over saved inputs loses nothing, so it just says so.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Campaign B', exact: true }).click();
  await expect(notice(page)).toHaveText('Opened “Campaign B”.');
});

test('3. a shared link always opens its own values; only a real reload keeps the draft', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page, CASE);
  // Edit, and close the tab at once: inside the moment before the address bar follows the edit.
  await page.getByLabel('Conversions', { exact: true }).fill('7');
  await page.close();
  const again = await context.newPage();
  await open(again, CASE);
  await expect(again.getByLabel('Conversions', { exact: true })).toHaveValue('45');
  // The edit it replaced was saved nowhere: Undo brings it back.
  await expect(again.locator('.notice')).toContainText('Opened the shared link.');
  // A real reload keeps what is on screen.
  await again.getByLabel('Conversions', { exact: true }).fill('9');
  await again.reload();
  await expect(again.getByLabel('Conversions', { exact: true })).toHaveValue('9');
  await context.close();
});

test('4. Ad credits meet the wallet: use what it holds, and a note when more is typed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await open(page, CASE + '&g1=promotional~300~2026-11-25~2026-12-25&g2=referral~650~2026-11-25~');
  const hint = page.locator('.wallet-hint');
  await expect(hint.getByRole('button')).toHaveText('Use the $950.00 available today');
  await expect(hint.locator('p')).toHaveCount(0);
  await typeInto(page, 'Ad credits', '1000');
  await expect(hint.locator('p')).toHaveText('More than your wallet holds: $950.00 available today.');
  await hint.getByRole('button', { name: 'Use the $950.00 available today' }).click();
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('950');
  await expect(hint).toHaveText('');
});

test("5. TikTok's partner tiers are offered in USD only", async ({ page }) => {
  await open(page);
  await page.getByText('Is a “spend X, get Y” offer worth it?').click();
  const offer = section(page, /offer worth it/);
  await expect(offer.getByRole('button', { name: /partner tiers/ })).toBeVisible();
  await page.getByLabel('Currency').selectOption('JPY');
  await expect(offer.getByRole('button', { name: /partner tiers/ })).toHaveCount(0);
  await expect(offer.locator('[data-note="partner"]')).toHaveText(
    "TikTok publishes its partner tiers in US dollars only; type your offer's tiers in JPY.",
  );
});

test('6. one number format per page: what the app writes into fields is plain digits', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await open(page);
  await expect(page.getByLabel('Impressions')).toHaveValue('50000');
  await expect(page.getByLabel('Clicks', { exact: true })).toHaveValue('2000');
  await expect(metric(page, 'cpc')).toHaveText('0,05\u00a0$');
  await context.close();
});

test('7. what was typed is read back, and a foreign currency sign is a warning', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '12k');
  await expect(page.locator('#credits-message')).toHaveText('= $12,000.00');
  await expect(page.locator('#credits-message')).toHaveClass('quiet');
  await typeInto(page, 'Ad credits', '1,5');
  await expect(page.locator('#credits-message')).toHaveText('= $1.50');
  await typeInto(page, 'Impressions', '1.2M');
  await expect(page.locator('#impressions-message')).toHaveText('= 1,200,000');
  await typeInto(page, 'Ad credits', '1.234,56 €');
  await expect(page.locator('#credits-message')).toHaveText(
    'This scenario is in USD: € is ignored, and this reads as $1,234.56.',
  );
  await expect(page.locator('#credits-message')).toHaveClass('warning');
  await typeInto(page, 'Ad credits', '100');
  await expect(page.locator('#credits-message')).toHaveText('');
});

test('8. keyboard: new rows take the focus and show no error until left', async ({ page }) => {
  await open(page);
  await page.getByText('Credit wallet: when your credits run out').click();
  await page.getByRole('button', { name: 'Add a credit' }).press('Enter');
  await expect(page.locator('#grant-1-source')).toBeFocused();
  await expect(page.locator('#grant-1-amount-message')).toHaveText('');
  await page.locator('#grant-1-amount').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#grant-1-amount-message')).toHaveText('Enter a number (0 if there are none yet).');
  await expect(page.locator('#grant-1-amount')).toHaveAttribute('aria-invalid', 'true');
});

test('9. on a phone, tables reflow and the currency shows its name', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, CASE + '&t1=500~500&t2=1500~1500&used=60');
  const row = page.locator('.tiers-table tbody tr').first();
  expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
  await expect(row.locator('td[data-cost="cpa"]')).toHaveAttribute('data-label', 'Cash per conversion');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const select = (await page.getByLabel('Currency').boundingBox())!;
  expect(select.width).toBeGreaterThan(250);
  await snap(page, 'phone-tables-360');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'phone-tables-360-dark');
  expect(await axeViolations(page)).toEqual([]);
});

test("10. the wallet's timeline: 7.5 days, cash from, the campaign's end, nothing unused", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await open(page, CASE + '&daily=60&g1=promotional~300~2026-11-25~2026-12-25&g2=referral~150~2026-11-25~2026-12-05');
  const wallet = section(page, /Credit wallet/);
  await expect(wallet.locator('[data-note="lasting"]')).toHaveText(
    'At $60.00 a day, your credits cover 7.5 days: in full through Dec 1, 2026, with cash from Dec 2, 2026.',
  );
  await expect(wallet.locator('[data-note="campaign"]')).toHaveText(
    'The $1,200.00 campaign runs 20 days at $60.00 a day, through Dec 14, 2026.',
  );
  await expect(wallet.locator('[data-note="unused"]')).toHaveText('Nothing expires unused.');
  await snap(page, 'wallet-timeline');
});

test('11. every TikTok rule carries its source; start over with Reset or Clear all, each undoable', async ({ page }) => {
  await open(page, CASE + '&daily=60&t1=500~500&g1=promotional~300~2026-11-25~');
  await expect(page.locator('[data-source]')).toHaveText([
    /How to manage your incentive/,
    /Incentive Center/,
    /“Budget” and “Budget and bidding FAQ”/,
    /promotional offer terms/,
  ]);
  await page.getByRole('button', { name: 'Clear all' }).click();
  for (const label of ['Ad credits', 'Total spend', 'Impressions', 'Clicks', 'Conversions']) {
    await expect(page.locator('.calculator').getByLabel(label, { exact: true })).toHaveValue('');
  }
  // Empty is not an error: the fields ask quietly, and the metrics say what they need.
  await expect(page.locator('.calculator [aria-invalid="true"]')).toHaveCount(0);
  await expect(metric(page, 'cpc')).toHaveText('— enter Ad credits');
  await expect(notice(page)).toContainText('Cleared every field.');
  // What was said about the opened link no longer applies.
  await expect(page.locator('.link-notices')).toHaveCount(0);
  await snap(page, 'cleared');
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Conversions', { exact: true })).toHaveValue('45');
  await page.getByRole('button', { name: 'Reset to the example' }).click();
  await expect(metric(page, 'cpa')).toHaveText('$0.20');
  await expect(notice(page)).toContainText('Back to the example.');
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(metric(page, 'cpm')).toHaveText('$6.67');
  expect(await axeViolations(page)).toEqual([]);
});
