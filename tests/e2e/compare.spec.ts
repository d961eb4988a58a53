import { test, expect, open, axeViolations, snap, typeInto, saveAs } from './fixtures';
import type { Page } from '@playwright/test';

const cells = (page: Page, row: string) => page.locator(`.side-by-side tr[data-row="${row}"] td`);

test('two saved scenarios and the one on screen side by side: values, best marks, chart and funnels', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Revenue', '1000');
  await saveAs(page, 'Seed');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await typeInto(page, 'Total spend', '600');
  await typeInto(page, 'Impressions', '300000');
  await typeInto(page, 'Clicks', '6000');
  await typeInto(page, 'Revenue', '3000');
  await saveAs(page, 'Campaign');
  await typeInto(page, 'Clicks', '1500');
  await page.getByText('Compare scenarios').click();
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await expect(page.locator('[data-note="pick"]')).toHaveText('Pick two to four scenarios to compare.');
  await pick.getByLabel('Seed', { exact: true }).check();
  await pick.getByLabel('Campaign', { exact: true }).check();
  await pick.getByLabel('On screen').check();
  await expect(page.locator('.side-by-side thead th')).toHaveText(['Figure', 'Seed', 'Campaign', 'On screen']);
  await expect(cells(page, 'cpc')).toHaveText(['$0.05 best', '$0.10', '$0.40']);
  await expect(cells(page, 'roas')).toHaveText(['10.00× best', '5.00×', '5.00×']);
  await expect(cells(page, 'ctr')).toHaveText(['4.00% best', '2.00%', '0.50%']);
  await expect(cells(page, 'spend')).toHaveText(['$100.00', '$600.00', '$600.00']);
  await expect(cells(page, 'cash-roas')).toHaveText(['— nothing paid', '6.00×', '6.00×']);
  // The best value is said in words, not only in bold.
  await expect(page.locator('.side-by-side .best-mark').first()).toHaveText('best');
  // The chart: one image with its figures as a label; the funnels too.
  await expect(page.getByRole('img', { name: 'CPC: Seed $0.05, Campaign $0.10, On screen $0.40' })).toBeVisible();
  await page.getByLabel('Chart').selectOption({ label: 'ROAS' });
  await expect(page.getByRole('img', { name: 'ROAS: Seed 10.00×, Campaign 5.00×, On screen 5.00×' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Funnel of Seed: 50,000 impressions, 2,000 clicks, 500 conversions' })).toBeVisible();
  await expect(page.locator('.funnel')).toHaveCount(3);
  await snap(page, 'compare-three');
  expect(await axeViolations(page)).toEqual([]);
});

test('mixed currencies: amounts in their own currency, not ranked, and a note says so', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Dollars');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Currency').selectOption('EUR');
  await typeInto(page, 'Ad credits', '50');
  await saveAs(page, 'Euros');
  await page.getByText('Compare scenarios').click();
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Dollars', { exact: true }).check();
  await pick.getByLabel('Euros', { exact: true }).check();
  await expect(page.locator('[data-note="currencies"]')).toHaveText(
    'These scenarios are in different currencies (EUR, USD): amounts are shown each in its own currency and not ranked; nothing is converted.',
  );
  await expect(cells(page, 'cpc')).toHaveText(['$0.05', '€0.03']);
  // No money chart across currencies; rates still chart.
  await expect(page.getByRole('img', { name: /^CPC:/ })).toHaveCount(0);
  await page.getByLabel('Chart').selectOption({ label: 'CTR' });
  await expect(page.getByRole('img', { name: 'CTR: Dollars 4.00%, Euros 4.00%' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`compare at 360 px, ${scheme}: no sideways scroll of the page, axe clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page);
    await saveAs(page, 'Seed');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await typeInto(page, 'Total spend', '600');
    await saveAs(page, 'Six hundred');
    await page.getByText('Compare scenarios').click();
    const pick = page.getByRole('group', { name: 'Scenarios to compare' });
    await pick.getByLabel('Seed', { exact: true }).check();
    await pick.getByLabel('Six hundred', { exact: true }).check();
    await expect(cells(page, 'cpa')).toHaveText(['$0.20 best', '$1.20']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.compare-panel').scrollIntoViewIfNeeded();
    await snap(page, `compare-360-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}
