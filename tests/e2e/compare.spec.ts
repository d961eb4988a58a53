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

test('a compare link reopens the same comparison elsewhere, without touching the inputs there, and can be saved', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await typeInto(page, 'Revenue', '1000');
  await saveAs(page, 'Seed');
  // Changed since saved, and given another name in the save bar: the link carries it under that name.
  await typeInto(page, 'Total spend', '600');
  await typeInto(page, 'Clicks', '6000');
  await page.getByLabel('Scenario name').fill('Draft & co');
  await page.getByText('Compare scenarios').click();
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Seed', { exact: true }).check();
  await pick.getByLabel('On screen').check();
  const table = await page.locator('.side-by-side tbody').innerText();
  await page.getByRole('button', { name: 'Copy compare link' }).click();
  await expect(page.locator('.share-comparison .said')).toHaveText('Compare link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    new RegExp(
      '/#v=4&compare=2&c1\\.credits=100&c1\\.impressions=50000&c1\\.clicks=2000&c1\\.conversions=500&c1\\.currency=USD&c1\\.revenue=1000' +
        '&c1\\.name=Seed&c2\\.credits=100&c2\\.impressions=50000&c2\\.clicks=6000&c2\\.conversions=500&c2\\.currency=USD&c2\\.spend=600' +
        '&c2\\.revenue=1000&c2\\.name=Draft%20%26%20co$',
    ),
  );

  // The client the link was sent to has inputs of their own on screen.
  const elsewhere = await browser.newContext({ locale: 'en-US' });
  const theirs = await elsewhere.newPage();
  await open(theirs);
  await typeInto(theirs, 'Ad credits', '42');
  await open(theirs, link);
  await expect(theirs.locator('details.compare-panel[open] summary')).toHaveText('Compare scenarios');
  await expect(theirs.locator('.side-by-side thead th')).toHaveText(['Figure', 'Seed', 'Draft & co']);
  expect(await theirs.locator('.side-by-side tbody').innerText()).toBe(table.replace(/\bOn screen\b/g, 'Draft & co'));
  await expect(theirs.getByLabel('Ad credits')).toHaveValue('42');
  const theirPick = theirs.getByRole('group', { name: 'Scenarios to compare' });
  await expect(theirPick.getByLabel('Seed (from the link)')).toBeChecked();
  expect(await axeViolations(theirs)).toEqual([]);
  await snap(theirs, 'compare-from-link');

  // Kept: saved into their list, still compared, and there after a reload.
  await theirs.getByRole('button', { name: 'Save its scenarios to your list' }).click();
  await expect(theirs.locator('.notice')).toHaveText('Saved the 2 scenarios from the link.');
  await expect(theirPick.getByLabel('Seed', { exact: true })).toBeChecked();
  await expect(theirPick.getByLabel('Draft & co', { exact: true })).toBeChecked();
  await expect(theirs.locator('.side-by-side thead th')).toHaveText(['Figure', 'Seed', 'Draft & co']);
  await theirs.reload();
  await expect(theirs.locator('.scenario-list .scenario .name')).toHaveText(['Draft & co', 'Seed']);
  await elsewhere.close();
});

test('a compare link pasted into the address bar of the open page opens the comparison too', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '42');
  await page.evaluate(() => {
    location.hash = '#v=4&compare=2&c1.credits=100&c1.impressions=50000&c1.clicks=2000&c1.conversions=500&c1.name=A&c2.credits=100&c2.impressions=50000&c2.clicks=1000&c2.conversions=500&c2.name=B';
  });
  // The compare chunk is fetched and compiled now, beside the idle prefetch (the printed report's chunk among it):
  // on a loaded 2-core machine that has taken longer than the default 5 s.
  await expect(page.locator('details.compare-panel[open] .side-by-side thead th')).toHaveText(['Figure', 'A', 'B'], {
    timeout: 15_000,
  });
  await expect(cells(page, 'ctr')).toHaveText(['4.00% best', '2.00%']);
  await expect(page.getByLabel('Ad credits')).toHaveValue('42');
});

test('a hostile compare link: bad values are named, unknown scenarios left out, a long one refused; nothing breaks', async ({ page }) => {
  await open(page, '/#v=4&compare=4&c1.credits=-5&c1.name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&c2.clicks=1e99&c2.name=B&c3.colour=red&c9.credits=1');
  await expect(page.locator('.compare-link-notices p')).toHaveText([
    'You opened a comparison from a link. Save its scenarios to your list',
    'Scenario 1 of the link: The link\'s “credits” value could not be read, so the default is shown.',
    'Scenario 2 of the link: The link\'s “clicks” value could not be read, so the default is shown.',
    'Scenario 3 of the link could not be read, so it is left out of the comparison.',
  ]);
  // The name is text, never markup.
  await expect(page.locator('.side-by-side thead th')).toHaveText(['Figure', '<img src=x onerror=alert(1)>', 'B']);
  await expect(page.locator('.side-by-side img')).toHaveCount(0);
  await expect(cells(page, 'credits')).toHaveText(['$100.00', '$100.00']);
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');

  await page.goto(`/#v=4&compare=2&c1.credits=1&c1.name=${'x'.repeat(2100)}`);
  await expect(page.locator('.compare-link-notices p')).toHaveText(['This link is longer than 2048 characters, so it was not opened.']);
  await expect(page.locator('.side-by-side')).toHaveCount(0);
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');
});
