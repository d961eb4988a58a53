import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, open, typeInto, snap, saveAs, axeViolations } from './fixtures';
import type { Page } from '@playwright/test';

// Each test fills many fields; on a loaded machine that takes longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

// What a marketer in Jakarta and an agency in Mexico City found (issue 19), findings 12 and 13: the comparison's
// empty brackets, blank chart and hidden third column on a phone; the printed report's missing verdicts, its reasons
// printed as figures, and the browser's own Print printing the form.

/** Prints the page as the browser's Print does (`page.pdf()` fires `beforeprint` first, as Ctrl+P does) and returns
 * its text in reading layout (pdftotext) and its page count; its first page is drawn into screenshots/. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  mkdirSync('test-results/walk-print', { recursive: true });
  const file = `test-results/walk-print/${name}.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, `screenshots/${name}`]);
  return { text: text.replace(/[ \t]+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/** The print dialog cannot be driven headless: `print()` is replaced by a no-op, and `page.pdf()` prints. */
async function noDialog(page: Page) {
  await page.addInitScript(() => {
    Window.prototype.print = () => {};
    window.print = () => {};
  });
}

/** Text as one line without the breaks and spaces pdftotext puts into long lines. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Two saved scenarios, dollars and rupiah, and the section open. */
async function dollarsAndRupiah(page: Page) {
  await open(page);
  await saveAs(page, 'Mexico City');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Currency').selectOption('IDR');
  await typeInto(page, 'Ad credits', '1500000');
  await saveAs(page, 'Jakarta');
  await page.getByText('Compare scenarios').click();
}

test('12a. before anything is picked, no empty list of currencies', async ({ page }) => {
  await dollarsAndRupiah(page);
  const section = page.locator('details.compare-panel');
  await expect(section.locator('[data-note="pick"]')).toHaveText('Pick two to four scenarios to compare.');
  await expect(section).not.toContainText('()');
  await expect(section.locator('[data-note="currencies"]')).toHaveCount(0);
  await section.getByLabel('Jakarta', { exact: true }).check();
  await expect(section).not.toContainText('()');
  await section.getByLabel('Mexico City', { exact: true }).check();
  await expect(section.locator('[data-note="currencies"]')).toContainText('in different currencies (IDR, USD)');
});

test('12b. a chart with nothing to draw says why, in words', async ({ page }) => {
  await dollarsAndRupiah(page);
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Jakarta', { exact: true }).check();
  await pick.getByLabel('Mexico City', { exact: true }).check();
  // The default chart (CPC) is an amount: across currencies it is not drawn, and says so.
  await expect(page.getByRole('img', { name: /^CPC:/ })).toHaveCount(0);
  await expect(page.locator('[data-note="chart-currencies"]')).toHaveText(
    'No chart of CPC: these scenarios are in different currencies (IDR, USD), and amounts are never converted. Chart a rate, such as CTR or ROAS, instead.',
  );
  // ROAS needs revenue, which neither has.
  await page.getByLabel('Chart').selectOption({ label: 'ROAS' });
  await expect(page.locator('[data-note="chart-none"]')).toHaveText(
    'No chart of ROAS: no scenario has one yet (Jakarta: add revenue; Mexico City: add revenue).',
  );
  // A rate charts across currencies, and then nothing is said.
  await page.getByLabel('Chart').selectOption({ label: 'CTR' });
  await expect(page.getByRole('img', { name: 'CTR: Jakarta 4.00%, Mexico City 4.00%' })).toBeVisible();
  await expect(page.locator('.chart-notes [data-note]')).toHaveCount(0);
  await snap(page, 'walk-print-chart-ctr');
});

/** Three scenarios in rupiah compared, so the table has four columns of long amounts. */
async function threeCompared(page: Page) {
  await open(page);
  await page.getByLabel('Currency').selectOption('IDR');
  await typeInto(page, 'Ad credits', '1500000000');
  await typeInto(page, 'Revenue', '3000000000');
  await saveAs(page, 'Jakarta launch');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await typeInto(page, 'Total spend', '2000000000');
  await typeInto(page, 'Clicks', '6000');
  await saveAs(page, 'Mexico City retargeting');
  await page.getByText('Compare scenarios').click();
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Jakarta launch', { exact: true }).check();
  await pick.getByLabel('Mexico City retargeting', { exact: true }).check();
  await pick.getByLabel('On screen').check();
  await expect(page.locator('.side-by-side thead th')).toHaveCount(4);
}

const hint = (page: Page) => page.getByText('Scroll sideways for more →');
const frame = (page: Page) => page.locator('details.compare-panel .scroll-frame');

for (const scheme of ['light', 'dark'] as const) {
  test(`12c. on a 360 px phone (${scheme}) the table says it scrolls and fades at the hidden edge`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await threeCompared(page);
    const region = page.getByRole('region', { name: 'Comparison table' });
    // The last column does not fit: said in words above the table, and the right edge fades.
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(hint(page)).toBeVisible();
    await expect(frame(page)).toHaveAttribute('data-more-right', '');
    await expect(frame(page)).not.toHaveAttribute('data-more-left', '');
    await region.scrollIntoViewIfNeeded();
    await snap(page, `walk-print-compare-360-${scheme}`, { fullPage: false });
    // Scrolled to the end: the left edge fades instead.
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(frame(page)).not.toHaveAttribute('data-more-right', '');
    await expect(frame(page)).toHaveAttribute('data-more-left', '');
    await expect(hint(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const width of [390, 1280]) {
  test(`12c. at ${width} px the hint shows exactly when the table is wider than its box`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await threeCompared(page);
    const region = page.getByRole('region', { name: 'Comparison table' });
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(overflows).toBe(width === 390);
    if (overflows) {
      await expect(hint(page)).toBeVisible();
      await expect(frame(page)).toHaveAttribute('data-more-right', '');
    } else {
      await expect(hint(page)).toBeHidden();
      await expect(frame(page)).not.toHaveAttribute('data-more-right', '');
    }
    await snap(page, `walk-print-compare-${width}`, { fullPage: false });
  });
}

test('12c. a window widened until the table fits drops the hint and the fade', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await threeCompared(page);
  await expect(hint(page)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(hint(page)).toBeHidden();
  await expect(frame(page)).not.toHaveAttribute('data-more-right', '');
});

/** A scenario that fills every section that gives a verdict: profit, wallet, offer. */
const FULL = {
  revenue: '1000',
  margin: '40',
  daily: '10',
  grant: '100',
  tierSpend: '500',
  tierCredit: '250',
  spend: '600',
};

async function fillEverySection(page: Page) {
  await open(page);
  await typeInto(page, 'Total spend', FULL.spend);
  await typeInto(page, 'Revenue', FULL.revenue);
  await page.getByText('Profit and break-even: did it pay?').click();
  await typeInto(page, 'Gross margin (%)', FULL.margin);
  await page.getByText('Credit wallet: when your credits run out').click();
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await page.locator('#grant-1-amount').fill(FULL.grant);
  await typeInto(page, 'Campaign daily budget', FULL.daily);
  await page.getByText('Is a “spend X, get Y” offer worth it?').click();
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await page.locator('#tier-1-spend').fill(FULL.tierSpend);
  await page.locator('#tier-1-credit').fill(FULL.tierCredit);
  await page.getByLabel('Scenario name').fill('Jakarta spring');
}

/** The verdict lines each section shows on screen, as the report must print them. */
async function shownVerdicts(page: Page): Promise<string[]> {
  await expect(page.locator('.offer-summary [data-note]').first()).toBeVisible();
  await expect(page.locator('.wallet-summary [data-note="lasting"]')).toBeVisible();
  const lines = [
    ...(await page.locator('.profit-verdict [data-note]').allInnerTexts()),
    ...(await page.locator('.wallet-summary [data-note="lasting"], .wallet-summary [data-note="unused"]').allInnerTexts()),
    ...(await page.locator('.offer-summary [data-note]').allInnerTexts()),
  ];
  expect(lines.length).toBeGreaterThanOrEqual(5);
  return lines;
}

test('13a. "Print report" prints the verdicts, in the words the sections show', async ({ page }) => {
  await noDialog(page);
  await fillEverySection(page);
  const verdicts = await shownVerdicts(page);
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('.print-report h2')).toHaveText('Ad credit report: Jakarta spring');
  const { text, pages } = await printed(page, 'walk-print-verdicts');
  expect(pages).toBe(1);
  for (const heading of ['Did it pay?', 'When the credits run out', 'Is the offer worth it?']) expect(text).toContain(heading);
  expect(text).toContain('Not profitable: a loss of $200.00 on $600.00 of spend.');
  for (const line of verdicts) expect(squash(text)).toContain(squash(line));
});

test('13b. a figure an empty optional input leaves without a value is not printed as one, but said once', async ({ page }) => {
  await noDialog(page);
  await fillEverySection(page);
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('.print-report h2')).toHaveText('Ad credit report: Jakarta spring');
  const { text } = await printed(page, 'walk-print-not-included');
  expect(text).not.toContain('— add');
  expect(text.match(/Not included:/g)).toHaveLength(1);
  expect(squash(text)).toContain(squash('Not included: ROAS needed for the target profit (add a target profit).'));
  // On screen the report is still only for print.
  await expect(page.locator('.print-report')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-report [data-note="not-included"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('13c. the browser\'s own Print (not our button) prints the report, fresh after every change', async ({ page }) => {
  await fillEverySection(page);
  // The report's chunk arrives when the browser is idle after start.
  await expect(page.locator('#print-report')).toHaveAttribute('data-report', 'ready');
  await expect(page.locator('.print-report .report')).toHaveCount(0);
  const first = await printed(page, 'walk-print-browser');
  expect(first.pages).toBe(1);
  expect(first.text).toContain('Ad credit report: Jakarta spring');
  expect(first.text).toContain('Did it pay?');
  for (const field of ['Credits + cash. Empty: the credits paid for everything.', 'Save as new', 'Add a credit']) {
    expect(first.text).not.toContain(field);
  }
  // Laid out in `beforeprint`; a change drops it, and the next Print lays out the changed scenario.
  await expect(page.locator('.print-report .report')).toHaveCount(1);
  await typeInto(page, 'Clicks', '2500');
  await expect(page.locator('.print-report .report')).toHaveCount(0);
  const second = await printed(page, 'walk-print-browser-changed');
  expect(second.text).toContain('Clicks 2,500');
  await page.emulateMedia({ media: 'print' });
  await snap(page, 'walk-print-browser-media-print');
});

test.describe('when the report\'s chunk has not arrived', () => {
  test.use({ allowedErrors: /^Failed to load resource: net::ERR_FAILED$|^TypeError: Failed to fetch\n\s+at [^\n]*__wasm_split\.js/ });

  test('13c. the browser\'s own Print prints the page without its inputs: results, no form', async ({ page }) => {
    await page.route('**/split_report_section.wasm', (route) => route.abort());
    await fillEverySection(page);
    await expect(page.getByText('Is a “spend X, get Y” offer worth it?')).toBeVisible();
    const verdict = await page.locator('[data-note="profit-verdict"]').innerText();
    const { text, pages } = await printed(page, 'walk-print-fallback');
    expect(text).not.toContain('Ad credit report');
    expect(text).toContain('Cost per click');
    expect(squash(text)).toContain(squash(verdict));
    for (const field of ['Credits + cash. Empty: the credits paid for everything.', 'Add a credit', 'Add a tier', 'Use typical']) {
      expect(text).not.toContain(field);
    }
    expect(pages).toBeLessThanOrEqual(3);
  });
});
