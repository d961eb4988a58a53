import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, open, axeViolations, saveAs, typeInto } from './fixtures';
import type { Page } from '@playwright/test';

/** Prints the page to a PDF as the browser's print dialog would, and returns its text (poppler's pdftotext, in
 * reading layout) and its page count; its first page is also drawn into screenshots/ for a person to look at. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  mkdirSync('test-results/print', { recursive: true });
  const file = `test-results/print/${name}.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, `screenshots/${name}`]);
  return { text: text.replace(/[ \t]+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/** The browser's print dialog cannot be driven from a test (headless Chromium would hold the page "being printed"):
 * `print()` is counted instead, and `page.pdf()` prints what the dialog would. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    const counted = () => {
      (window as unknown as { prints: number }).prints += 1;
    };
    (window as unknown as { prints: number }).prints = 0;
    Window.prototype.print = counted;
    window.print = counted;
  });
}

const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

const PLANNED =
  '/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&revenue=1000&margin=40&currency=USD&plan-cpm=2.5&plan-ctr=5&plan-cvr=20&plan-aov=2&name=Spring%20test';

test('"Print report": one page with the name, date, inputs, every metric, the chart, plan against actual and the link', async ({ page, baseURL }) => {
  await countPrints(page);
  await open(page, PLANNED);
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('.print-report h2')).toHaveText('Ad credit report: Spring test');
  await expect.poll(() => prints(page)).toBe(1);
  // Only for print: on screen nothing changes.
  await expect(page.locator('.print-report')).toBeHidden();
  const { text, pages } = await printed(page, 'print-report');
  expect(pages).toBe(1);
  const today = new Date().toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  for (const line of [
    'Ad credit report: Spring test',
    `Printed ${today}`,
    'Ad credits $100.00',
    'Impressions 50,000',
    'Revenue $1,000.00',
    'Gross margin (%) 40%',
    'CPC $0.05',
    'Cost per conversion $0.20',
    'ROAS 10.00×',
    'Cash paid $0.00',
    'Profit $300.00',
    'Funnel: Spring test',
    'Against the plan: 6 figures better than planned, 1 worse, 3 as planned.',
    'CTR 5.00% 4.00% -1.00 pts -20.00% worse than planned',
    'Cost per conversion $0.25 $0.20 -$0.05 -20.00% better than planned',
  ]) {
    expect(text).toContain(line);
  }
  // The link reopens it (pdftotext may break a long line).
  expect(text.replace(/\s+/g, '')).toContain(`Openthisscenario:${baseURL}/#v=4&credits=100&impressions=50000`);
  // No controls, and nothing of the sections (closed or open).
  for (const absent of ['Save as new', 'Copy link', 'Print report', 'Compare scenarios', 'Embed this calculator', 'Use typical']) {
    expect(text).not.toContain(absent);
  }
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page)).toEqual([]);
  // Back to no emulation (page.pdf prints with screen styles while screen is emulated).
  await page.emulateMedia({ media: null });

  // A change after printing drops the report: the browser's own Print never shows a stale one, but lays out the
  // changed scenario's report (in `beforeprint`, which `page.pdf()` fires as Ctrl+P does).
  await typeInto(page, 'Clicks', '2500');
  await expect(page.locator('.print-report .report')).toHaveCount(0);
  const plain = await printed(page, 'print-page');
  expect(plain.text).toContain('Ad credit report: Spring test');
  expect(plain.text).toContain('CPC $0.04');
  for (const absent of ['Save as new', 'Reset to the example', 'Print report', 'Embed this calculator']) {
    expect(plain.text).not.toContain(absent);
  }
});

test('"Print comparison": the table, best marks, bar chart and funnels, and the link; dark on screen, light on paper', async ({ page, baseURL }) => {
  await countPrints(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await typeInto(page, 'Revenue', '1000');
  await saveAs(page, 'Seed');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await typeInto(page, 'Total spend', '600');
  await typeInto(page, 'Clicks', '6000');
  await saveAs(page, 'Campaign');
  await page.getByText('Compare scenarios').click();
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Seed', { exact: true }).check();
  await pick.getByLabel('Campaign', { exact: true }).check();
  await page.getByLabel('Chart').selectOption({ label: 'ROAS' });
  await page.getByRole('button', { name: 'Print comparison' }).click();
  await expect(page.locator('.print-report h2')).toHaveText('Ad credit report: scenarios compared');
  await expect.poll(() => prints(page)).toBe(1);
  const { text, pages } = await printed(page, 'print-comparison');
  expect(pages).toBe(1);
  for (const line of [
    'Figure Seed Campaign',
    'CPC $0.05 BEST $0.10',
    'ROAS 10.00× BEST 1.67×',
    'Funnel: Seed',
    'Funnel: Campaign',
  ]) {
    expect(text).toContain(line);
  }
  expect(text.replace(/\s+/g, '')).toContain(`Openthiscomparison:${baseURL}/#v=4&compare=2&c1.credits=100`);
  await expect(page.locator('.print-report svg[role="img"]').first()).toHaveAttribute('aria-label', 'ROAS: Seed 10.00×, Campaign 1.67×');
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page)).toEqual([]);
  // Printed from a dark screen: black on white, the bars in the light theme's colour.
  expect(
    await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return [style('body').backgroundColor, style('.report h2').color, style('.report .chart-bar').fill];
    }),
  ).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(200, 24, 74)']);
});

test('a scenario whose fields do not read is not printed, and the page says why', async ({ page }) => {
  await countPrints(page);
  await open(page);
  await typeInto(page, 'Clicks', 'lots');
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('.notice')).toHaveText('Not printed: fix the fields marked above first.');
  await expect(page.locator('.print-report .report')).toHaveCount(0);
  expect(await prints(page)).toBe(0);
});

test.describe('when the network fails', () => {
  test.use({ allowedErrors: /^Failed to load resource: net::ERR_FAILED$|^TypeError: Failed to fetch\n\s+at [^\n]*__wasm_split\.js/ });

  test('a report whose chunk does not arrive says so, prints nothing, and works once it does', async ({ page }) => {
    await countPrints(page);
    let failing = true;
    await page.route('**/split_report_section.wasm', (route) => (failing ? route.abort() : route.continue()));
    await open(page);
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect(page.locator('.notice')).toHaveText('The report could not load. Check your connection, then try again.');
    expect(await prints(page)).toBe(0);
    failing = false;
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect(page.locator('.print-report h2')).toHaveText('Ad credit report');
    await expect.poll(() => prints(page)).toBe(1);
  });
});
