import { readFileSync } from 'node:fs';
import { test, expect, metric, open, axeViolations, snap, typeInto } from './fixtures';
import type { Page } from '@playwright/test';

/** A figure (credit used, cash paid, available today, …) as the user reads it. */
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`);
/** A cell of a comparison table: gross and cash costs, the cost per conversion with an offer. */
const cost = (page: Page, key: string) => page.locator(`[data-cost="${key}"]`);
const section = (page: Page, name: RegExp) => page.locator('details.plan').filter({ has: page.getByText(name) });

test('a $600 campaign with $100 of credits shows cash paid $500 and both costs per conversion', async ({ page }) => {
  await open(page);
  await page.getByText('Credits and cash: what you pay out of pocket').click();
  await typeInto(page, 'Total spend', '$600');
  await expect(figure(page, 'credit-used')).toHaveText('$100.00');
  await expect(figure(page, 'cash-paid')).toHaveText('$500.00');
  await expect(figure(page, 'credit-left')).toHaveText('$0.00');
  await expect(figure(page, 'discount')).toHaveText('16.67%');
  await expect(cost(page, 'cpa')).toHaveText('$1.20');
  await expect(cost(page, 'cash-cpa')).toHaveText('$1.00');
  await expect(cost(page, 'cash-cpc')).toHaveText('$0.25');
  // The seed's metrics at the top are on the whole spend, as Ads Manager reports them, and say so.
  await expect(metric(page, 'cpa')).toHaveText('$1.20');
  await expect(page.locator('#results-heading')).toHaveText('What your spend bought');
  await snap(page, 'cash-600');
  expect(await axeViolations(page)).toEqual([]);

  // Fully credit-funded: the cash costs say why they have no value, never $0.00.
  await typeInto(page, 'Total spend', '60');
  await expect(cost(page, 'cash-cpa')).toHaveText('— nothing paid');
  await expect(figure(page, 'credit-left')).toHaveText('$40.00');
  await expect(page.locator('#spend-message')).toHaveText('Less than your credits: the rest is left over, and may expire.');
  await typeInto(page, 'Total spend', 'lots');
  await expect(page.locator('#spend-message')).toHaveText('That is not a number. Use digits, e.g. 1,234.50.');
  await expect(page.getByLabel('Total spend')).toHaveAttribute('aria-invalid', 'true');
  await expect(metric(page, 'ctr')).toHaveText('4.00%');
});

test('two grants where one expires before the budget reaches it: the warning, the date and the amount lost', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await open(page);
  const wallet = section(page, /Credit wallet/);
  await page.getByText('Credit wallet: when your credits run out').click();
  await page.getByRole('button', { name: 'Add a credit' }).click();
  // Focus moves to the new row, and a new empty row shows no error before anything is typed.
  await expect(page.locator('#grant-1-source')).toBeFocused();
  await expect(page.locator('#grant-1-amount-message')).toHaveText('');
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await expect(page.locator('#grant-2-source')).toBeFocused();
  // New credits are received today; an empty expiry means 90 days.
  await expect(page.locator('#grant-1-received')).toHaveValue('2026-11-25');
  await page.locator('#grant-1-amount').fill('100');
  await page.locator('#grant-2-source').selectOption('coupon');
  await page.locator('#grant-2-amount').fill('400');
  await page.locator('#grant-2-expires').fill('2026-11-30');
  await expect(figure(page, 'available')).toHaveText('$500.00');
  await expect(figure(page, 'expiring-7')).toHaveText('$400.00');
  await expect(figure(page, 'expiring-30')).toHaveText('$400.00');
  await typeInto(page, 'Campaign daily budget', '50');
  // The coupon can be used through its expiry date: it pays Nov 25-30 ($300) and expires with $100 left; the
  // promotional credit pays Dec 1 and 2.
  await expect(wallet.locator('[data-note="lasting"]')).toHaveText(
    'At $50.00 a day, your credits cover 8 days: in full through Dec 2, 2026, with cash from Dec 3, 2026.',
  );
  await expect(wallet.locator('.spend-order li')).toHaveText([
    'Credit 2 (Coupon): $300.00 of $400.00 spent; last day to use Nov 30, 2026.',
    'Credit 1 (Promotional offer): $100.00 of $100.00 spent; last day to use Feb 23, 2027.',
  ]);
  await expect(wallet.locator('p.warning')).toHaveText([
    '$100.00 of credit 2 (Coupon) expires unused after its last day, Nov 30, 2026: the budget does not reach it in time.',
  ]);
  await snap(page, 'wallet-two-grants');
  expect(await axeViolations(page)).toEqual([]);

  // TikTok's budget rules are warnings under the budget they are about, and never block the plan.
  await typeInto(page, 'Campaign daily budget', '40');
  await expect(page.locator('#daily-message')).toHaveText('TikTok requires a daily budget of at least $50 per campaign.');
  await expect(wallet.locator('[data-note="lasting"]')).toContainText('At $40.00 a day');
  await typeInto(page, 'Ad group daily budget', '10');
  await expect(page.locator('#adgroup-daily-message')).toHaveText('TikTok requires a daily budget of at least $20 per ad group.');
  await page.getByLabel('Currency').selectOption('EUR');
  await expect(page.locator('#daily-message')).toHaveText("TikTok's minimum budgets differ by currency; check them in Ads Manager.");

  // A credit that has already expired says so, and counts for nothing.
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await page.locator('#grant-3-amount').fill('75');
  await page.locator('#grant-3-received').fill('2026-08-01');
  await page.locator('#grant-3-expires').fill('2026-11-01');
  await expect(wallet.locator('.spend-order li').first()).toHaveText('Credit 3 (Promotional offer): expired; its last day was Nov 1, 2026.');
  await expect(figure(page, 'available')).toHaveText('€500.00');
  await page.getByRole('button', { name: 'Remove credit 3' }).click();
  await expect(page.getByRole('button', { name: 'Add a credit' })).toBeFocused();

  // A bad date is named next to its field.
  await page.locator('#grant-2-expires').fill('2026-11-20');
  await expect(page.locator('#grant-2-expires-message')).toHaveText('The expiry date must be after the date received.');
  await expect(wallet.locator('.wallet-summary')).toHaveText('Correct the credits marked above to see the totals.');
});

test('an offer comparison picks the tier the cash reaches and says what the next one takes', async ({ page }) => {
  await open(page);
  await page.getByText('Is a “spend X, get Y” offer worth it?').click();
  await page.getByRole('button', { name: "Use TikTok's partner tiers ($100, $500, $1,500)" }).click();
  await typeInto(page, 'Cash you will pay', '700');
  await typeInto(page, 'Spend window (days)', '30');
  await typeInto(page, 'Share of the credit used (%)', '60');
  const offer = section(page, /offer worth it/);
  await expect(offer.locator('tr.best th')).toHaveText('Spend $500.00, get $500.00Your tier');
  // Every figure is on the campaign: $700 beside the seed's $100 of credit buys $800 of media without an offer
  // (700 × 100 ÷ (800 × 500) = $0.175), and $1,100 with 60% of the tier's $500 (700 × 100 ÷ (1,100 × 500)); the
  // $300 of credit used buys 1,500 more conversions at 500 per $100.
  await expect(offer.locator('tr.best td')).toHaveText(['$700.00', '$0.13', '1,500', '50.00%', '37.50%']);
  await expect(offer.locator('[data-note="verdict"]')).toHaveText(
    'Worth it: your $700.00 of cash reaches “Spend $500.00, get $500.00”. Each conversion costs $0.13 of cash instead of $0.18 ($0.05 less), and you get 1,500 more conversions.',
  );
  await expect(offer.locator('[data-note="next"]')).toHaveText(
    '$800.00 more cash reaches “Spend $1,500.00, get $1,500.00”. Your $100.00 of credits are spent first, so its $1,500.00 within 30 days takes $53.33 of spend a day.',
  );
  await snap(page, 'offer-tiers');
  expect(await axeViolations(page)).toEqual([]);
  // Only paid cash counts: with no cash entered, the cash this campaign pays (none: credits pay for it all).
  await typeInto(page, 'Cash you will pay', '');
  await expect(offer.locator('[data-note="verdict"]')).toHaveText(
    'You pay no cash here, and only cash counts toward X: no tier is reached.',
  );
  await expect(offer.locator('tr.best')).toHaveCount(0);
  // Removing a tier keeps keyboard focus in the section.
  await page.getByRole('button', { name: 'Remove tier 3' }).press('Enter');
  await expect(offer.locator('fieldset.tier')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Add a tier' })).toBeFocused();
});

test("the offer verdict is right for the user's cash, and an unknown cash is never $0.00", async ({ page }) => {
  // A marketer's real case: $1,200 spend with $450 of credits, 180,000 impressions, 2,100 clicks, 45 conversions.
  await open(page, '/#v=2&credits=450&impressions=180000&clicks=2100&conversions=45&currency=USD&spend=1200');
  await page.getByText('Is a “spend X, get Y” offer worth it?').click();
  await page.getByRole('button', { name: "Use TikTok's partner tiers ($100, $500, $1,500)" }).click();
  // Focus moves to the first new input, not to the page body.
  await expect(page.locator('#tier-1-spend')).toBeFocused();
  const offer = section(page, /offer worth it/);
  // The same $750 of cash with the campaign's $450 and the tier's $500 of credit: 750 × 1,200 ÷ (1,700 × 45),
  // against $16.67 without the offer.
  await expect(offer.locator('[data-note="verdict"]')).toHaveText(
    'Worth it: your $750.00 of cash reaches “Spend $500.00, get $500.00”. Each conversion costs $11.76 of cash instead of $16.67 ($4.91 less), and you get 18.8 more conversions.',
  );
  // All of the credit used: one discount column, labelled as the offer's own.
  await expect(offer.locator('thead th')).toHaveText([
    'Tier',
    'Cash you pay',
    'Cash per conversion',
    'More conversions',
    "The offer's own discount",
  ]);
  await snap(page, 'offer-marketer');

  // Ad credits that do not read: the cash that counts is not known, and says why.
  await typeInto(page, 'Ad credits', 'abc');
  await expect(offer.locator('[data-note="verdict"]')).toHaveText('The cash that counts toward X: — check Ad credits.');
  await expect(offer).not.toContainText('$0.00');
  await expect(offer.locator('td[data-cost="cpa"]').first()).toHaveText('— check Ad credits');
});

test('credits, grants and tiers travel in a link and are saved with the scenario', async ({ page }) => {
  const link =
    '/#v=2&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&spend=600&daily=50' +
    '&g1=coupon~400~2026-11-25~2026-11-30&t1=500~500&name=Full';
  await open(page, link);
  await expect(page.locator('details.plan[open]')).toHaveCount(3);
  await expect(figure(page, 'cash-paid')).toHaveText('$500.00');
  await expect(page.locator('#grant-1-amount')).toHaveValue('400');
  await expect(page.locator('#tier-1-credit')).toHaveValue('500');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.scenario-list .name')).toHaveText(['Full']);
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('adcredit.scenarios')))!);
  expect(stored.version).toBe(4);
  expect(stored.scenarios[0].spend).toBe('600');
  expect(stored.scenarios[0].grants).toEqual([{ source: 'coupon', amount: '400', received: '2026-11-25', expires: '2026-11-30' }]);
});

test('a version-1 scenario and a version-1 link still open unchanged', async ({ page }) => {
  const v1 = readFileSync('crates/core/tests/fixtures/scenarios-v1.json', 'utf8');
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('adcredit.scenarios', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, v1);
  await open(page);
  await expect(page.locator('.scenario-list .name')).toHaveText(['Fashion audience', 'Yen test', 'Seed example']);
  await page.getByRole('button', { name: 'Fashion audience', exact: true }).click();
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1234.5');
  await expect(metric(page, 'cpc')).toHaveText('€0.13');
  // Nothing of version 2 is given, so the sections stay closed; opened, the credits paid for everything.
  await expect(page.locator('details.plan[open]')).toHaveCount(0);
  await page.getByText('Credits and cash: what you pay out of pocket').click();
  await expect(page.getByLabel('Total spend')).toHaveValue('');
  await expect(figure(page, 'cash-paid')).toHaveText('€0.00');
  // Reading version 1 wrote nothing: the stored text is as it was until the user saves.
  expect(await page.evaluate(() => localStorage.getItem('adcredit.scenarios'))).toBe(v1);

  await page.goto('/#v=1&credits=250&impressions=30000&clicks=270&conversions=5&currency=EUR&name=Old');
  await expect(metric(page, 'cpc')).toHaveText('€0.93');
  await expect(page.locator('.link-notices')).toHaveText('You opened a shared scenario. Save it to keep it in your list.');
  await expect(page.getByLabel('Scenario name')).toHaveValue('Old');
  // Opened in the same page (the section opened above stays open): no planned spend, so the credits paid for all.
  await expect(page.getByLabel('Total spend')).toHaveValue('');
  await expect(figure(page, 'cash-paid')).toHaveText('€0.00');
  await expect(figure(page, 'credit-used')).toHaveText('€250.00');
});

test('the open sections fit a 360 px phone without sideways scrolling, and pass axe light and dark', async ({ page }) => {
  // Two axe runs and two full-page screenshots of every open section: ~20 s on an idle 2-core machine.
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await page.setViewportSize({ width: 360, height: 800 });
  await open(
    page,
    '/#v=2&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&spend=600&daily=50' +
      '&g1=coupon~400~2026-11-25~2026-11-30&g2=promotional~100~2026-11-25~&t1=100~100&t2=500~500&t3=1500~1500&cash=700',
  );
  await expect(page.locator('details.plan[open]')).toHaveCount(3);
  await expect(page.locator('.wallet-summary p.warning')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await snap(page, 'plans-360');
  expect(overflow).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'plans-360-dark');
});
