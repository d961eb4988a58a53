import { readFileSync } from 'node:fs';
import { test, expect, open, axeViolations, snap, typeInto, saveAs } from './fixtures';
import type { Page } from '@playwright/test';

/** The quiet line under a result that is outside typical TikTok figures. */
const typical = (page: Page, key: string) => page.locator(`[data-metric="${key}"] .plausibility`);
// A word joiner keeps “2025–26” on one line.
const SOURCE = 'for TikTok (third-party figures, 2025–\u206026).';

test('the seed example is far from typical TikTok figures, and says so quietly; typical figures say nothing', async ({ page }) => {
  await open(page);
  await expect(typical(page, 'cpm')).toHaveText(`Far below the typical $6.50–$10.00 ${SOURCE}`);
  await expect(typical(page, 'ctr')).toHaveText(`Far above the typical 0.5%–1.5% ${SOURCE}`);
  await expect(typical(page, 'cpc')).toHaveText(`Far below the typical $0.30–$2.50 ${SOURCE}`);
  await expect(typical(page, 'cvr-clicks')).toHaveText(`Far above the typical 1%–3% ${SOURCE}`);
  await expect(typical(page, 'cpa')).toHaveCount(0);
  // Inside the results' polite live region, in the muted text colour (not an error's).
  await expect(page.locator('.results [aria-live="polite"] .plausibility')).toHaveCount(4);
  const colours = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.plausibility')!).color,
    getComputedStyle(document.querySelector('.explanation')!).color,
  ]);
  expect(colours[0]).toBe(colours[1]);
  await snap(page, 'plausibility-seed');

  // $8 CPM, 0.9 % CTR, 2 % of clicks converting: typical, so no line.
  await typeInto(page, 'Ad credits', '1000');
  await typeInto(page, 'Impressions', '125000');
  await typeInto(page, 'Clicks', '1125');
  await typeInto(page, 'Conversions', '22');
  await expect(page.locator('.plausibility')).toHaveCount(0);

  // In euros the money ranges (US dollars) are not compared; the rates are.
  await page.getByLabel('Currency').selectOption('EUR');
  await typeInto(page, 'Clicks', '5000');
  await expect(typical(page, 'ctr')).toHaveText(`Far above the typical 0.5%–1.5% ${SOURCE}`);
  await expect(typical(page, 'cpm')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

const PLAN = 'Plan a campaign: what a budget buys';
const projected = (page: Page, key: string) => page.locator(`[data-projection="${key}"] dd`);
const answer = (page: Page, key: string) => page.locator(`[data-goal="${key}"] b`);

async function typePlan(page: Page, [budget, cpm, ctr, cvr, aov]: string[]) {
  await typeInto(page, 'Budget', budget);
  await typeInto(page, 'Expected CPM', cpm);
  await typeInto(page, 'Expected CTR (%)', ctr);
  await typeInto(page, 'Expected conversion rate (%)', cvr);
  await typeInto(page, 'Expected revenue per conversion', aov);
}

async function expectExampleForecast(page: Page) {
  await expect(projected(page, 'impressions')).toHaveText('125,000');
  await expect(projected(page, 'clicks')).toHaveText('1,250');
  await expect(projected(page, 'conversions')).toHaveText('25');
  await expect(projected(page, 'revenue')).toHaveText('$1,250.00');
  await expect(projected(page, 'cpc')).toHaveText('$0.80');
  await expect(projected(page, 'cpa')).toHaveText('$40.00');
  await expect(projected(page, 'roas')).toHaveText('1.25×');
}

test('$1,000 at CPM $8, CTR 1%, 2% converting, $50 each: the forecast, typed and as a link', async ({ page }) => {
  await open(page);
  await page.getByText(PLAN).click();
  // Before anything is typed, the budget is the credits, and each figure says what it needs.
  await expect(page.locator('[data-note="budget-from"]')).toHaveText('Budget: your credits, $100.00 (no total spend is given).');
  await expect(projected(page, 'impressions')).toHaveText('— add an expected CPM');
  await typePlan(page, ['1000', '8', '1', '2', '50']);
  await expectExampleForecast(page);
  await expect(page.locator('[data-note="budget-from"]')).toHaveCount(0);
  await snap(page, 'plan-example');
  expect(await axeViolations(page)).toEqual([]);
  // The address follows, with the plan's keys.
  await expect(page).toHaveURL(/&budget=1000&plan-cpm=8&plan-ctr=1&plan-cvr=2&plan-aov=50$/);

  await page.goto('/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&budget=1000&plan-cpm=8&plan-ctr=1&plan-cvr=2&plan-aov=50');
  await expect(page.locator('details.plan[open] summary')).toHaveText([PLAN]);
  await expectExampleForecast(page);
});

test('typical TikTok figures in USD fill the CPM too; in EUR only the rates, and a note says why', async ({ page }) => {
  await open(page);
  await page.getByText(PLAN).click();
  await expect(page.locator('[data-note="typical"]')).toContainText('third-party figures');
  await page.getByRole('button', { name: 'Use typical TikTok figures' }).click();
  await expect(page.getByLabel('Expected CPM')).toHaveValue('8');
  await expect(page.getByLabel('Expected CTR (%)')).toHaveValue('0.9');
  await expect(page.getByLabel('Expected conversion rate (%)')).toHaveValue('2');
  // $100 of credits at the typical figures.
  await expect(projected(page, 'impressions')).toHaveText('12,500');
  // A forecast is an expectation: a count keeps its decimal, so the figures on it agree with it.
  await expect(projected(page, 'clicks')).toHaveText('112.5');
  await expect(projected(page, 'conversions')).toHaveText('2.3');

  await page.getByLabel('Currency').selectOption('EUR');
  await typeInto(page, 'Expected CPM', '7');
  await typeInto(page, 'Expected CTR (%)', '3');
  await page.getByRole('button', { name: 'Use typical TikTok figures' }).click();
  await expect(page.getByLabel('Expected CPM')).toHaveValue('7');
  await expect(page.getByLabel('Expected CTR (%)')).toHaveValue('0.9');
  await expect(page.locator('[data-note="typical"]')).toContainText('In EUR only the rates are filled: the typical CPM is in US dollars.');
});

test('each goal solved, and the case with no answer', async ({ page }) => {
  await open(page);
  await page.getByText(PLAN).click();
  await typePlan(page, ['1000', '8', '1', '2', '50']);
  await expect(answer(page, 'budget-for-conversions')).toHaveText('— add the conversions wanted');
  await typeInto(page, 'Conversions wanted', '100');
  await typeInto(page, 'Revenue wanted', '10,000');
  await typeInto(page, 'ROAS wanted (×)', '2');
  await expect(answer(page, 'budget-for-conversions')).toHaveText('$4,000.00');
  await expect(answer(page, 'budget-for-revenue')).toHaveText('$8,000.00');
  await expect(answer(page, 'highest-cpm')).toHaveText('$5.00');
  // A CTR of 0: no budget reaches a goal, and the answers say why.
  await typeInto(page, 'Expected CTR (%)', '0');
  await expect(answer(page, 'budget-for-conversions')).toHaveText('— Expected CTR (%) is 0');
  await expect(projected(page, 'cpc')).toHaveText('— Expected CTR (%) is 0');
  // Bad input under each field; the rest keeps working.
  await typeInto(page, 'ROAS wanted (×)', '2.555');
  await expect(page.locator('#goal-roas-message')).toHaveText('Enter a multiple from 0 to 1,000 with at most 2 decimals, e.g. 2.5.');
  await typeInto(page, 'Expected CTR (%)', '120');
  await expect(page.locator('#plan-ctr-message')).toHaveText('Enter a percentage from 0 to 100, e.g. 60 or 62.5.');
  await expect(page.getByLabel('Expected CTR (%)')).toHaveAttribute('aria-invalid', 'true');
  await typeInto(page, 'Budget', 'lots');
  await expect(page.locator('#budget-message')).toHaveText('That is not a number. Use digits, e.g. 1,234.50.');
  await expect(projected(page, 'impressions')).toHaveText('— check Budget');
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');
});

test('"Use this forecast" puts it into the calculator, and Undo brings the inputs back', async ({ page }) => {
  await open(page);
  await page.getByText(PLAN).click();
  await typePlan(page, ['1000', '8', '1', '2', '50']);
  await page.getByRole('button', { name: 'Use this forecast' }).click();
  await expect(page.getByLabel('Impressions', { exact: true })).toHaveValue('125000');
  await expect(page.getByLabel('Clicks', { exact: true })).toHaveValue('1250');
  await expect(page.getByLabel('Conversions', { exact: true })).toHaveValue('25');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('1250');
  await expect(page.getByLabel('Total spend')).toHaveValue('1000');
  // Every other part of the page now works on the plan.
  await expect(page.locator('[data-metric="cpa"] .value')).toHaveText('$40.00');
  await expect(page.locator('[data-metric="roas"] .value')).toHaveText('1.25×');
  await expect(page.locator('[data-metric="cpm"] .plausibility')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Impressions', { exact: true })).toHaveValue('50000');
  await expect(page.getByLabel('Total spend')).toHaveValue('');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('');
  await expect(page.locator('[data-metric="cpa"] .value')).toHaveText('$0.20');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the plan at 360 px, ${scheme}: no sideways scroll, axe clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, '/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&budget=1000&plan-cpm=8&plan-ctr=1&plan-cvr=2&plan-aov=50');
    await expectExampleForecast(page);
    await typeInto(page, 'Conversions wanted', '100');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('details.plan[open]').scrollIntoViewIfNeeded();
    await snap(page, `plan-360-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a version-3 library opens unchanged, with no plan, and reading it writes nothing', async ({ page }) => {
  const v3 = readFileSync('crates/core/tests/fixtures/scenarios-v3.json', 'utf8');
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('adcredit.scenarios', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, v3);
  await open(page);
  await page.getByRole('button', { name: 'Campaign that earned', exact: true }).click();
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('3000');
  await expect(page.locator('[data-metric="roas"] .value')).toHaveText('5.00×');
  await page.getByText(PLAN).click();
  await expect(page.getByLabel('Budget')).toHaveValue('');
  await expect(page.getByLabel('Expected CPM')).toHaveValue('');
  await expect(page.locator('[data-note="budget-from"]')).toHaveText('Budget: the total spend above, $600.00.');
  expect(await page.evaluate(() => localStorage.getItem('adcredit.scenarios'))).toBe(v3);
});

test('bad input under each field of the plan, and the rest keeps working', async ({ page }) => {
  await open(page);
  await page.getByText(PLAN).click();
  await typePlan(page, ['1000', '8', '1', '2', '50']);
  for (const [label, id, text, message] of [
    ['Budget', 'budget', '-5', "This can't be negative."],
    ['Expected CPM', 'plan-cpm', '8.1234', 'USD amounts have at most 2 decimals.'],
    ['Expected CTR (%)', 'plan-ctr', 'abc', 'That is not a number. Use digits, e.g. 1,234.50.'],
    ['Expected conversion rate (%)', 'plan-cvr', '101', 'Enter a percentage from 0 to 100, e.g. 60 or 62.5.'],
    ['Expected revenue per conversion', 'plan-aov', '1,2,3', 'Check the separators: write 1,234,567.50 or 1.234.567,50.'],
    ['Conversions wanted', 'goal-conversions', '2.5', 'Enter a whole number.'],
    ['Revenue wanted', 'goal-revenue', '-1', "This can't be negative."],
  ]) {
    const good = await page.getByLabel(label, { exact: true }).inputValue();
    await typeInto(page, label, text);
    await expect(page.locator(`#${id}-message`)).toHaveText(message);
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');
    await page.getByLabel(label, { exact: true }).fill(good);
    await expect(page.locator(`#${id}-message`)).toHaveText('');
  }
  await expect(projected(page, 'roas')).toHaveText('1.25×');
});

const tracked = (page: Page, key: string) => page.locator(`[data-tracked="${key}"] > *`);

test('plan against actual: a saved scenario keeps both, and each figure says better or worse than planned', async ({ page }) => {
  // The seed's actual results (revenue $1,000) against a plan of CPM $2.50, CTR 5 %, 20 % converting, $2 each.
  await open(page, '/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&revenue=1000&currency=USD&plan-cpm=2.50&plan-ctr=5&plan-cvr=20&plan-aov=2');
  await expect(page.locator('details.plan[open] summary')).toHaveText([PLAN]);
  await expect(page.locator('[data-note="track"]')).toHaveText('Against the plan: 6 figures better than planned, 1 worse, 3 as planned.');
  await expect(tracked(page, 'cpa')).toHaveText(['Cost per conversion', '$0.25', '$0.20', '-$0.05', '-20.00%', 'better than planned']);
  await expect(tracked(page, 'ctr')).toHaveText(['CTR', '5.00%', '4.00%', '-1.00 pts', '-20.00%', 'worse than planned']);
  await expect(tracked(page, 'impressions')).toHaveText(['Impressions', '40,000', '50,000', '+10,000', '+25.00%', 'more than planned']);
  await saveAs(page, 'Spring against plan');

  // A new scenario has no plan; the saved one brings plan and actual results back together.
  await page.getByRole('button', { name: 'Reset to the example' }).click();
  await expect(page.locator('[data-note="track"]')).toHaveText('Nothing to compare yet: fill in the plan above, and the actual results in the calculator.');
  await expect(tracked(page, 'ctr')).toHaveText(['CTR', '— add an expected CTR', '4.00%', '— add an expected CTR', '— add an expected CTR', '—']);
  await page.getByRole('button', { name: 'Spring against plan', exact: true }).click();
  await expect(tracked(page, 'roas')).toHaveText(['ROAS', '8.00×', '10.00×', '+2.00×', '+25.00%', 'better than planned']);

  // The actual results change: the CTR now beats the plan, and the cost per conversion falls behind it.
  await typeInto(page, 'Clicks', '3000');
  await typeInto(page, 'Conversions', '300');
  await expect(tracked(page, 'ctr')).toHaveText(['CTR', '5.00%', '6.00%', '+1.00 pts', '+20.00%', 'better than planned']);
  await expect(tracked(page, 'cpa')).toHaveText(['Cost per conversion', '$0.25', '$0.33', '+$0.08', '+33.33%', 'worse than planned']);
  await page.locator('table.against-plan').scrollIntoViewIfNeeded();
  await snap(page, 'plan-against-actual');
  expect(await axeViolations(page)).toEqual([]);
});

test('a version-4 library opens with its plan and actual results side by side, and reading it writes nothing', async ({ page }) => {
  const v4 = readFileSync('crates/core/tests/fixtures/scenarios-v4.json', 'utf8');
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('adcredit.scenarios', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, v4);
  await open(page);
  await page.getByRole('button', { name: 'Spring against plan', exact: true }).click();
  await page.getByText(PLAN).click();
  await expect(page.locator('[data-note="track"]')).toHaveText('Against the plan: 6 figures better than planned, 1 worse, 3 as planned.');
  await expect(tracked(page, 'ctr')).toHaveText(['CTR', '5.00%', '4.00%', '-1.00 pts', '-20.00%', 'worse than planned']);
  expect(await page.evaluate(() => localStorage.getItem('adcredit.scenarios'))).toBe(v4);
});
