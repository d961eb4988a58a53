import { readFileSync } from 'node:fs';
import { test, expect, metric, open, axeViolations, snap, typeInto } from './fixtures';
import type { Page } from '@playwright/test';

/** A row of the results at the top, as the user reads it. */
const result = (page: Page, key: string) => page.locator(`[data-metric="${key}"] .value`);
/** A figure of a section (profit, break-even, credit used, …). */
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd:not(.explanation)`);
/** A cell of the gross-and-cash table. */
const cost = (page: Page, key: string) => page.locator(`[data-cost="${key}"]`);
const PROFIT = 'Profit and break-even: did it pay?';

test('the seed example plus a revenue of $1,000: ROAS 10.00× and $2.00 per conversion; empty and bad revenue say why', async ({ page }) => {
  await open(page);
  // The seed's case has no revenue: both rows ask for it, never 0 or 0.00×.
  await expect(result(page, 'roas')).toHaveText('— add revenue');
  await expect(result(page, 'revenue-per-conversion')).toHaveText('— add revenue');
  await typeInto(page, 'Revenue', '1,000');
  await expect(result(page, 'roas')).toHaveText('10.00×');
  await expect(result(page, 'revenue-per-conversion')).toHaveText('$2.00');
  // The seed's figures are untouched.
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
  await expect(metric(page, 'cpa')).toHaveText('$0.20');

  await typeInto(page, 'Revenue', '1.000,5x');
  await expect(page.locator('#revenue-message')).not.toHaveText('');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'roas')).toHaveText('— check Revenue');
  await expect(metric(page, 'cpa')).toHaveText('$0.20');
  await typeInto(page, 'Revenue', '-5');
  await expect(page.locator('#revenue-message')).toHaveText(/negative/i);
  await page.getByLabel('Revenue', { exact: true }).fill('');
  await expect(page.locator('#revenue-message')).toHaveText('');
  await expect(result(page, 'roas')).toHaveText('— add revenue');
});

test('profit and break-even with a 40% margin: every figure, the verdict, and a target at the margin', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Revenue', '1000');
  await page.getByText(PROFIT).click();
  // Before a margin, each figure says what it needs.
  await expect(figure(page, 'profit')).toHaveText('— add a gross margin');
  await expect(page.locator('[data-note="profit-verdict"]')).toHaveText('No verdict yet: add a gross margin.');
  await typeInto(page, 'Gross margin (%)', '40');
  await typeInto(page, 'Target profit (% of revenue)', '10');
  await expect(figure(page, 'profit')).toHaveText('$300.00');
  await expect(figure(page, 'profit-on-cash')).toHaveText('$400.00');
  await expect(figure(page, 'roi')).toHaveText('300.00%');
  await expect(figure(page, 'break-even-roas')).toHaveText('2.50×');
  await expect(figure(page, 'break-even-cpa')).toHaveText('$0.80');
  await expect(figure(page, 'break-even-cpc')).toHaveText('$0.20');
  await expect(figure(page, 'target-roas')).toHaveText('3.33×');
  await expect(page.locator('[data-note="profit-verdict"]')).toHaveText(
    'Profitable: $300.00 of profit on $100.00 of spend. ROAS 10.00× is 7.50 above the break-even ROAS of 2.50×.',
  );
  await expect(page.locator('[data-note="profit-on-cash"]')).toHaveText(
    'The credits paid for all of the spend: with no cash paid, the profit to you is $400.00.',
  );
  await snap(page, 'profit-40');
  expect(await axeViolations(page)).toEqual([]);

  // A loss: a minus sign and the word, not colour alone.
  await page.getByText('Credits and cash: what you pay out of pocket').click();
  await typeInto(page, 'Total spend', '600');
  await expect(figure(page, 'profit')).toHaveText('-$200.00');
  await expect(page.locator('[data-note="profit-verdict"]')).toHaveText(
    'Not profitable: a loss of $200.00 on $600.00 of spend. ROAS 1.67× is 0.83 below the break-even ROAS of 2.50×.',
  );
  await expect(page.locator('[data-note="profit-on-cash"]')).toHaveText(
    'On the $500.00 of cash you paid, the loss is $100.00: the credits covered $100.00 of the spend.',
  );

  // A target at the margin: no ROAS reaches it, said under the field and in the figure.
  await typeInto(page, 'Target profit (% of revenue)', '40');
  await expect(page.locator('#target-message')).toHaveText('Not below the gross margin: no ROAS reaches this profit.');
  await expect(figure(page, 'target-roas')).toHaveText('— the margin is not above the target');
  // A margin that does not read: a message under it, the figures say why, the rest keeps working.
  await typeInto(page, 'Gross margin (%)', '140');
  await expect(page.getByLabel('Gross margin (%)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#margin-message')).not.toHaveText('');
  await expect(figure(page, 'break-even-roas')).toHaveText('— check Gross margin (%)');
  await expect(page.locator('[data-note="profit-verdict"]')).toHaveText('No verdict yet: check Gross margin (%).');
  await expect(result(page, 'roas')).toHaveText('1.67×');
  await expect(metric(page, 'cpa')).toHaveText('$1.20');
  await typeInto(page, 'Gross margin (%)', '0');
  await expect(figure(page, 'break-even-roas')).toHaveText('— no margin to recover the spend');
});

test('a $600 campaign with $100 of credits and $3,000 of revenue: ROAS 5.00× gross, 6.00× on cash', async ({ page }) => {
  await open(page);
  await page.getByText('Credits and cash: what you pay out of pocket').click();
  await typeInto(page, 'Total spend', '600');
  await typeInto(page, 'Revenue', '3000');
  await expect(cost(page, 'roas')).toHaveText('5.00×');
  await expect(cost(page, 'cash-roas')).toHaveText('6.00×');
  await expect(result(page, 'roas')).toHaveText('5.00×');
  // Fully credit-funded: nothing was paid, so there is no return on cash.
  await page.getByLabel('Total spend').fill('');
  await expect(cost(page, 'cash-roas')).toHaveText('— nothing paid');
  await expect(cost(page, 'roas')).toHaveText('30.00×');
});

test('a version-3 link opens revenue, margin and target, and the address follows edits', async ({ page }) => {
  await open(page, '/#v=3&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&revenue=1000&margin=40&target=10');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('1000');
  // The section starts open: the link carries its fields.
  await expect(page.locator('details.plan[open]')).toHaveCount(1);
  await expect(page.getByLabel('Gross margin (%)')).toHaveValue('40');
  await expect(figure(page, 'profit')).toHaveText('$300.00');
  await typeInto(page, 'Gross margin (%)', '50');
  await expect(page).toHaveURL(/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&revenue=1000&margin=50&target=10$/);
  await page.reload();
  await expect(figure(page, 'profit')).toHaveText('$400.00');
  await expect(result(page, 'roas')).toHaveText('10.00×');
});

test('a version-2 library and a version-2 link open unchanged; reading writes nothing; saving writes the current version', async ({ page }) => {
  const v2 = readFileSync('crates/core/tests/fixtures/scenarios-v2.json', 'utf8');
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('adcredit.scenarios', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, v2);
  await open(page);
  await expect(page.locator('.scenario-list .name')).toHaveText(['Campaign with credits', 'Euro plan', 'Seed example']);
  await page.getByRole('button', { name: 'Campaign with credits', exact: true }).click();
  await expect(page.getByLabel('Total spend')).toHaveValue('600');
  await expect(metric(page, 'cpa')).toHaveText('$1.20');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('');
  await expect(result(page, 'roas')).toHaveText('— add revenue');
  expect(await page.evaluate(() => localStorage.getItem('adcredit.scenarios'))).toBe(v2);

  await typeInto(page, 'Revenue', '3000');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#save-state')).toHaveText('Saved');
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('adcredit.scenarios')))!);
  expect(stored.version).toBe(4);
  expect(stored.scenarios.find((s: { id: string }) => s.id === 'campaign-600').revenue).toBe('3000');
  // The saved row mentions ROAS now that there is revenue.
  await expect(page.locator('.scenario-list li').filter({ hasText: 'Campaign with credits' })).toContainText('ROAS 5.00×');

  await page.goto('/#v=2&credits=450&impressions=180000&clicks=2100&conversions=45&currency=USD&spend=1200');
  await expect(metric(page, 'cpa')).toHaveText('$26.67');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('');
  await expect(page.locator('.link-notices p')).toHaveCount(1);
});

test('an embed with data-revenue shows the ROAS row', async ({ page }) => {
  await page.goto('http://127.0.0.1:4174/revenue.html');
  const frame = page.frameLocator('iframe[title="TikTok ads credit calculator"]');
  await expect(frame.locator('[data-metric="roas"] .value')).toHaveText('10.00×');
  await expect(frame.locator('[data-metric="revenue-per-conversion"] .value')).toHaveText('$2.00');
  await expect(frame.getByRole('link', { name: 'Open in full calculator' })).toHaveAttribute('href', /&revenue=1000$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`profit at 360 px, ${scheme}: no sideways scroll, axe clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, '/#v=3&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&spend=600&revenue=1000&margin=40&target=10');
    await expect(figure(page, 'profit')).toHaveText('-$200.00');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('details.plan[open]').last().scrollIntoViewIfNeeded();
    await snap(page, `profit-360-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}
