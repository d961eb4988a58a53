import { test, expect, open, typeInto, snap } from './fixtures';
import type { Page } from '@playwright/test';

// "Exact everywhere": a loss is never $0.00, and a plan figure with no value says which input is why.
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd:not(.explanation)`);
const projected = (page: Page, key: string) => page.locator(`[data-projection="${key}"] dd`);

test('a loss of a third of a cent shows as -$0.003 and the verdict calls it a loss, never $0.00', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '10');
  await typeInto(page, 'Revenue', '19.99');
  await page.getByText('Profit and break-even: did it pay?').click();
  await typeInto(page, 'Gross margin (%)', '50.01');
  await expect(figure(page, 'profit')).toHaveText('-$0.003');
  await expect(figure(page, 'roi')).toHaveText('-0.03%');
  await expect(page.locator('[data-note="profit-verdict"]')).toContainText('Not profitable: a loss of $0.003 on $10.00 of spend.');
  await snap(page, 'exact-small-loss');
});

test('a plan at an expected CPM of 0 says so in every figure, never $0.00', async ({ page }) => {
  await open(page);
  await page.getByText('Plan a campaign: what a budget buys').click();
  await typeInto(page, 'Budget', '1000');
  await typeInto(page, 'Expected CPM', '0');
  await typeInto(page, 'Expected CTR (%)', '1');
  await typeInto(page, 'Expected conversion rate (%)', '2');
  await typeInto(page, 'Expected revenue per conversion', '50');
  for (const key of ['impressions', 'clicks', 'conversions', 'revenue', 'cpc', 'cpa', 'roas']) {
    await expect(projected(page, key)).toHaveText('— Expected CPM is 0');
  }
  await typeInto(page, 'Expected CPM', '8');
  await typeInto(page, 'Expected conversion rate (%)', '0');
  await expect(projected(page, 'cpa')).toHaveText('— Expected conversion rate (%) is 0');
  await expect(projected(page, 'cpc')).toHaveText('$0.80');
  await snap(page, 'exact-plan-zero-rate');
});
