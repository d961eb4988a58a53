import { readFileSync } from 'node:fs';
import { test, expect, open, axeViolations, snap, saveAs } from './fixtures';
import type { Page } from '@playwright/test';

const DIR = 'crates/core/tests/fixtures/import/';
const CSV_NAME = 'Tiktok Ads_Campaign report_Acme_20260401-20260418.csv';
const CSV = `${DIR}${CSV_NAME}`;
const XLSX = `${DIR}Campaign_Acme_20260401-20260418_GMT+0.xlsx`;
const FILE = 'Choose a report file (CSV, TSV or XLSX)';
const SPRING = 'Spring sale · Apr 1–18, 2026';
const SUMMER = 'Summer, early · Apr 5, 2026';

/** Opens the import section and waits for its chunk. */
async function openImport(page: Page): Promise<void> {
  await page.locator('details.import-panel summary').click();
  await expect(page.getByLabel(FILE)).toBeVisible();
}

/** Chooses a file made in the test. */
async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
  await page.getByLabel(FILE).setInputFiles({ name, mimeType, buffer });
}

const groupRow = (page: Page, name: string) => page.locator('.import-groups tbody tr').filter({ hasText: name });
const cells = (page: Page, name: string) => groupRow(page, name).locator('th, td:not(.pick-cell)');
const savedNames = (page: Page) => page.locator('.scenario-list .scenario .name');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('adcredit.scenarios'));

test('a CSV export: what was found, the campaigns summed, TikTok checked; saved, reopened, re-imported without duplicates, undone', async ({ page }) => {
  await open(page);
  await openImport(page);
  await expect(page.getByText('The file never leaves your browser.')).toBeVisible();
  await page.getByLabel(FILE).setInputFiles(CSV);
  await expect(page.locator('.import-preview [data-note="found"]')).toHaveText(
    '3 rows in USD, Apr 1–18, 2026, by ad group, day by day.',
  );
  await expect(page.locator('.import-preview thead th')).toHaveText([
    'Pick',
    'Scenario',
    'Spend',
    'Impressions',
    'Clicks',
    'Conversions',
    'Revenue',
    'Credits used',
  ]);
  await expect(cells(page, SPRING)).toHaveText([SPRING, '$200.00', '61,000', '600', '18', '$1,350.00', '$40.00']);
  await expect(cells(page, SUMMER)).toHaveText([SUMMER, '$33.33', '5,000', '7', '0', '$0.00', '$33.33']);
  await expect(page.locator('.import-preview [data-note="agree"]')).toHaveText(
    "TikTok's figures agree with the exact ones on 3 of 3 rows.",
  );
  await expect(page.locator('.import-preview [data-note="add-up"]')).toHaveText('The rows add up to the total row (row 5).');

  // Grouped otherwise: per ad group, then the whole report as one.
  await page.getByLabel('Group the rows').selectOption({ label: 'One per ad group' });
  await expect(page.locator('.import-groups tbody tr')).toHaveCount(3);
  await page.getByLabel('Group the rows').selectOption({ label: 'The whole report as one' });
  await expect(cells(page, 'All campaigns')).toHaveText(['All campaigns · Apr 1–18, 2026', '$233.33', '66,000', '607', '18', '$1,350.00', '$73.33']);
  await page.getByLabel('Group the rows').selectOption({ label: 'One scenario per campaign' });

  await page.getByRole('button', { name: 'Save 2 scenarios' }).click();
  await expect(page.locator('.import-said')).toHaveText('Saved 2 scenarios from the report. Undo');
  await expect(savedNames(page)).toHaveText([SPRING, SUMMER]);

  // Opened: the campaign's sums, and its credits from Cost − Net cost.
  await page.getByRole('button', { name: SPRING, exact: true }).click();
  await expect(page.getByLabel('Total spend')).toHaveValue('200');
  await expect(page.getByLabel('Ad credits')).toHaveValue('40');
  await expect(page.getByLabel('Impressions')).toHaveValue('61000');
  await expect(page.getByLabel('Clicks')).toHaveValue('600');
  await expect(page.getByLabel('Conversions')).toHaveValue('18');
  await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('1350');
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.33');

  // The same file again: the same two scenarios, updated.
  await page.getByLabel(FILE).setInputFiles(CSV);
  await page.getByRole('button', { name: 'Save 2 scenarios' }).click();
  await expect(page.locator('.import-said')).toHaveText(
    'Updated 2 saved scenarios from the report (same campaign and dates). Undo',
  );
  await expect(savedNames(page)).toHaveCount(2);

  // Undo of a first import takes its scenarios back out.
  await page.evaluate(() => localStorage.removeItem('adcredit.scenarios'));
  await page.reload();
  await openImport(page);
  await page.getByLabel(FILE).setInputFiles(CSV);
  await page.getByRole('button', { name: 'Save 2 scenarios' }).click();
  await expect(savedNames(page)).toHaveCount(2);
  await page.locator('.import-said').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.import-said')).toHaveText('Undone: your saved scenarios are as they were before the import.');
  await expect(savedNames(page)).toHaveCount(0);
});

test('an XLSX export: the same campaigns, credits from Net cost, saved and reopened', async ({ page }) => {
  await open(page);
  await openImport(page);
  await page.getByLabel(FILE).setInputFiles(XLSX);
  const summer = 'Summer, early · Apr 1–18, 2026';
  await expect(cells(page, SPRING)).toHaveText([SPRING, '$200.00', '61,000', '600', '18', '$40.00']);
  await expect(cells(page, summer)).toHaveText([summer, '$33.33', '5,000', '7', '0', '$33.33']);
  await expect(page.locator('.import-preview [data-note="agree"]')).toHaveText(
    "TikTok's figures agree with the exact ones on 3 of 3 rows.",
  );
  await page.getByRole('button', { name: 'Save 2 scenarios' }).click();
  await page.getByRole('button', { name: summer, exact: true }).click();
  await expect(page.getByLabel('Total spend')).toHaveValue('33.33');
  await expect(page.getByLabel('Ad credits')).toHaveValue('33.33');
  await expect(page.getByLabel('Clicks')).toHaveValue('7');
});

test('two imported campaigns compared side by side', async ({ page }) => {
  await open(page);
  await openImport(page);
  await page.getByLabel(FILE).setInputFiles(CSV);
  const compare = page.locator('.import-actions').getByRole('button', { name: 'Compare' });
  await expect(compare).toBeDisabled();
  await page.getByLabel(SPRING).check();
  await page.getByLabel(SUMMER).check();
  await compare.click();
  await expect(page.locator('details.compare-panel[open] .side-by-side thead th')).toHaveText(['Figure', SPRING, SUMMER]);
  await expect(page.locator('.side-by-side tr[data-row="spend"] td')).toHaveText(['$200.00', '$33.33']);
  // The inputs on screen are untouched.
  await expect(page.getByLabel('Ad credits')).toHaveValue('100');
});

test('one imported campaign as the actual results of a plan, with Undo', async ({ page }) => {
  await open(page, '/#v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&plan-cpm=2.50&plan-ctr=5&plan-cvr=20&plan-aov=2');
  await openImport(page);
  await page.getByLabel(FILE).setInputFiles(CSV);
  const use = page.getByRole('button', { name: 'Use as actual results' });
  await expect(use).toBeDisabled();
  await page.getByLabel(SPRING).check();
  await use.click();
  await expect(page.locator('.import-said')).toHaveText(
    `The figures of “${SPRING}” are in the calculator as its actual results; the plan is kept. Undo`,
  );
  await expect(page.getByLabel('Total spend')).toHaveValue('200');
  await expect(page.getByLabel('Ad credits')).toHaveValue('40');
  await expect(page.getByLabel('Impressions')).toHaveValue('61000');
  await expect(page.getByLabel('Expected CPM')).toHaveValue('2.5');
  await expect(page.locator('[data-note="track"]')).toContainText('Against the plan:');
  await expect(page.locator('[data-tracked="impressions"] > *').nth(2)).toHaveText('61,000');
  await page.locator('.import-said').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Impressions')).toHaveValue('50000');
  await expect(page.getByLabel('Total spend')).toHaveValue('');
});

test('a table pasted from Ads Manager', async ({ page }) => {
  await open(page);
  await openImport(page);
  await page.getByLabel('…or paste a table').fill(readFileSync(`${DIR}paste.tsv`, 'utf8'));
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('.import-preview [data-note="found"]')).toHaveText('2 rows in EUR, by campaign.');
  await expect(cells(page, 'Always on')).toHaveText(['Always on', '€50.00', '20,000', '100', '4']);
  await expect(page.locator('.import-preview [data-note="masked"]')).toContainText('TikTok masks small counts as “<5”');
  await expect(page.locator('.import-preview [data-note="no-net-cost"]')).toBeVisible();
  await page.getByRole('button', { name: 'Save 2 scenarios' }).click();
  await page.getByRole('button', { name: 'Always on', exact: true }).click();
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await expect(page.getByLabel('Total spend')).toHaveValue('50');
});

test('an unrecognised column is picked by hand, and remembered for the next file with the same headers', async ({ page }) => {
  const text = 'Campaign name,Spend total,Impressions,Link clicks,Conversions\nA,10,1000,10,1\n';
  await open(page);
  await openImport(page);
  await chooseFile(page, 'own-report.csv', Buffer.from(text));
  await expect(page.locator('.column-picker [data-note="unmapped"]')).toHaveText(
    "Which column is Cost, Clicks (destination)? This file's headers are not ones we recognise: choose below.",
  );
  await expect(page.locator('.import-preview')).toHaveCount(0);
  await page.getByLabel('Cost', { exact: true }).selectOption({ label: 'Spend total (e.g. 10)' });
  await page.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(page.locator('#import-error [data-note="mapping-incomplete"]')).toHaveText('Choose a column for Clicks (destination).');
  await page.getByLabel('Clicks (destination)').selectOption({ label: 'Link clicks (e.g. 10)' });
  await page.getByRole('button', { name: 'Read with these columns' }).click();
  await expect(cells(page, 'A')).toHaveText(['A', '$10.00', '1,000', '10', '1']);
  await chooseFile(page, 'own-report-may.csv', Buffer.from(text.replace('A,10', 'B,20')));
  await expect(page.locator('.import-preview [data-note="remembered-columns"]')).toHaveText(
    'The columns are the ones you chose for a file with these headers before.',
  );
  await expect(cells(page, 'B')).toHaveText(['B', '$20.00', '1,000', '10', '1']);
});

/** A zip archive of one deflated entry declaring `declared` bytes unpacked (as the core's tests make it). */
function zip(name: string, deflated: Buffer, declared: number): Buffer {
  const header = (central: boolean): Buffer => {
    const parts: Buffer[] = [Buffer.from(central ? 'PK\x01\x02' : 'PK\x03\x04', 'latin1')];
    const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
    const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
    if (central) parts.push(u16(20));
    parts.push(u16(20), u16(0), u16(8), Buffer.alloc(4), u32(0), u32(deflated.length), u32(declared), u16(name.length), u16(0));
    if (central) parts.push(Buffer.alloc(8), u32(0), u32(0));
    parts.push(Buffer.from(name));
    return Buffer.concat(parts);
  };
  const local = Buffer.concat([header(false), deflated]);
  const central = header(true);
  const end = Buffer.alloc(22);
  end.write('PK\x05\x06', 0, 'latin1');
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, central, end]);
}

const csvText = readFileSync(CSV, 'utf8');
const BAD: [string, string, () => Buffer, string][] = [
  ['not a report', 'notes.csv', () => Buffer.from('hello\nworld\n'), 'not-a-report'],
  ['an unknown currency', 'chf.csv', () => Buffer.from('Cost,Impressions,Clicks,Conversions,Currency\n1,1,1,1,USD\n1,1,1,1,CHF\n'), 'unknown-currency'],
  ['an empty file', 'empty.csv', () => Buffer.alloc(0), 'empty'],
  ['a file over 20 MB', 'huge.csv', () => Buffer.alloc(20 * 1024 * 1024 + 1, 'a'), 'too-large'],
  ['a truncated XLSX', 'truncated.xlsx', () => readFileSync(`${DIR}truncated.xlsx`), 'damaged'],
  ['a zip bomb', 'bomb.xlsx', () => zip('xl/worksheets/sheet1.xml', Buffer.from([0x03, 0x00]), 2 ** 30), 'zip-bomb'],
  ['a PDF renamed .csv', 'renamed-pdf.csv', () => readFileSync(`${DIR}renamed-pdf.csv`), 'pdf'],
];
const WORDS: Record<string, string> = {
  'not-a-report': 'No TikTok Ads Manager header row was found: none of the first rows names Cost, Impressions, Clicks or Conversions.',
  'unknown-currency': 'Row 3, Currency: “CHF” is not a currency this calculator offers (USD, EUR, GBP, CAD, AUD, JPY, KRW, BRL, MXN, IDR, THB, VND).',
  empty: 'The file is empty: there is nothing to import.',
  'too-large': 'The file is 20.0 MB; the import reads files up to 20 MB. Export a shorter period or fewer columns.',
  'zip-bomb': 'The XLSX file unpacks to more than 50.0 MB (1,024.0 MB or more), far more than a report: it is not read.',
  pdf: 'This is a PDF, not a spreadsheet: export the report from TikTok Ads Manager as CSV or XLSX.',
};

test('each bad file says what is wrong next to the file input, and leaves the saved scenarios untouched', async ({ page }) => {
  // Eight files, one of them over 20 MB, handed to the browser one by one.
  test.setTimeout(120_000);
  await open(page);
  await saveAs(page, 'Kept');
  const before = await stored(page);
  await openImport(page);
  // A good file first: a bad one after it clears its preview, so nothing of it can be saved.
  await page.getByLabel(FILE).setInputFiles(CSV);
  await expect(page.locator('.import-preview')).toHaveCount(1);
  for (const [what, name, bytes, key] of BAD) {
    await chooseFile(page, name, bytes(), name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
    const message = page.locator(`#import-error [data-note="${key}"]`);
    await expect(message, what).toBeVisible();
    if (WORDS[key]) await expect(message, what).toHaveText(WORDS[key]);
    await expect(page.locator('.import-preview'), what).toHaveCount(0);
    expect(await stored(page), what).toBe(before);
  }
  await expect(page.getByLabel(FILE)).toHaveAttribute('aria-describedby', 'import-privacy import-error');
  await expect(page.locator('#import-error')).toHaveAttribute('role', 'alert');
  await expect(savedNames(page)).toHaveText(['Kept']);

  // Not errors, but said: two currencies are split, a text cell skips its row.
  await chooseFile(page, 'two.csv', Buffer.from(csvText.replace('0,0,USD', '0,0,EUR')));
  await expect(page.locator('.import-preview [data-note="currencies"]')).toHaveText(
    'The report mixes 2 currencies (USD, EUR): each currency is imported separately, never added together.',
  );
  await expect(page.locator('.import-groups tbody tr')).toHaveCount(2);
  await chooseFile(page, 'text.csv', Buffer.from(csvText.replace('79.50,79.50,21000', '79.50,79.50,lots')));
  await expect(page.locator('.import-preview [data-note="skipped"]')).toHaveText(
    '1 row was skipped, the rest imported: row 3, Impressions: “lots” is not a number.',
  );
  expect(await stored(page)).toBe(before);
});

test('an empty calculator offers the import, which opens and takes the focus', async ({ page }) => {
  await open(page);
  const offer = page.getByRole('button', { name: 'Or start from your Ads Manager report' });
  await expect(page.locator('.scenarios h2')).toHaveText('Saved scenarios');
  await expect(offer).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await offer.click();
  await expect(page.locator('details.import-panel')).toHaveAttribute('open', '');
  await expect(page.locator('details.import-panel summary')).toBeFocused();
  await expect(page.getByLabel(FILE)).toBeVisible();
  await page.getByLabel('Ad credits').fill('5');
  await expect(offer).toHaveCount(0);
});

for (const width of [1280, 360] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the preview at ${width} px, ${scheme}: axe clean, no sideways scroll of the page`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await openImport(page);
      await page.getByLabel(FILE).setInputFiles(CSV);
      await expect(cells(page, SPRING)).toHaveCount(7);
      await page.getByLabel(SPRING).check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.locator('details.import-panel').scrollIntoViewIfNeeded();
      await snap(page, `import-preview-${width}-${scheme}`, { fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
