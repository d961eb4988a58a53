import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, metric, open, typeInto, axeViolations, snap, saveAs } from './fixtures';

const KEY = 'adcredit.scenarios';
const FIXTURE_V1 = readFileSync('crates/core/tests/fixtures/scenarios-v1.json', 'utf8');

const list = (page: Page) => page.locator('.scenario-list .scenario');
const names = (page: Page) => page.locator('.scenario-list .scenario .name');
const saveState = (page: Page) => page.locator('#save-state');
const notice = (page: Page) => page.locator('.notice');

/** Puts `text` under `key` before the app starts, once (a reload keeps what the app then wrote). */
async function storeBeforeStart(page: Page, text: string, key = KEY) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, text],
  );
}

const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const backups = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('adcredit.backup.'))
      .map((k) => localStorage.getItem(k)),
  );

test('save, change, reload, rename, duplicate, delete with undo, open, delete all', async ({ page }) => {
  await open(page);
  await expect(saveState(page)).toHaveText('Not saved yet');
  await saveAs(page, 'Fashion audience');
  await expect(names(page)).toHaveText(['Fashion audience']);
  await expect(list(page)).toContainText('$100.00 credits · CPC $0.05 · per conversion $0.20');

  await typeInto(page, 'Clicks', '2,500');
  await expect(saveState(page)).toHaveText('Changed since saved');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await expect(list(page)).toContainText('CPC $0.04');

  await page.reload();
  await expect(metric(page, 'cpc')).toHaveText('$0.04');
  await expect(page.getByLabel('Clicks')).toHaveValue('2,500');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(page.getByLabel('Scenario name')).toHaveValue('Fashion audience');

  await page.getByRole('button', { name: 'Rename Fashion audience' }).click();
  await expect(page.getByLabel('New name')).toBeFocused();
  await page.getByLabel('New name').fill('Broad');
  await page.keyboard.press('Enter');
  await expect(names(page)).toHaveText(['Broad']);
  await expect(page.getByRole('button', { name: 'Broad', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Rename Broad' }).click();
  await page.keyboard.press('Escape');
  await expect(names(page)).toHaveText(['Broad']);
  await expect(page.getByRole('button', { name: 'Broad', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Duplicate Broad' }).click();
  await expect(names(page)).toHaveText(['Broad (copy)', 'Broad']);

  await page.getByRole('button', { name: 'Delete Broad (copy)' }).click();
  await expect(names(page)).toHaveText(['Broad']);
  await expect(notice(page)).toContainText('Deleted “Broad (copy)”.');
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(names(page)).toHaveText(['Broad (copy)', 'Broad']);

  // Opening a scenario puts its figures in the fields.
  await typeInto(page, 'Ad credits', '999');
  await page.getByRole('button', { name: 'Broad', exact: true }).click();
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('100');
  await expect(page.getByLabel('Clicks')).toHaveValue('2500');
  await expect(saveState(page)).toHaveText('Saved');
  await snap(page, 'scenarios-desktop');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Delete all…' }).click();
  await page.getByRole('button', { name: 'Delete all 2' }).click();
  await expect(list(page)).toHaveCount(0);
  await expect(page.getByText('No saved scenarios yet.')).toBeVisible();
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(names(page)).toHaveCount(2);
  await page.reload();
  await expect(names(page)).toHaveCount(2);
});

test('the unsaved inputs survive a reload exactly as typed', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '1.234,50');
  await typeInto(page, 'Clicks', 'abc');
  await page.reload();
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1.234,50');
  await expect(page.getByLabel('Clicks')).toHaveValue('abc');
  await expect(saveState(page)).toHaveText('Not saved yet');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(notice(page)).toHaveText('Not saved: fix the fields marked above first.');
  await expect(list(page)).toHaveCount(0);
});

test('storage that throws on access: everything works in memory and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByRole('alert')).toContainText('storage is blocked');
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
  await saveAs(page, 'Only in memory');
  await expect(names(page)).toHaveText(['Only in memory']);
  await snap(page, 'storage-blocked-desktop');
});

test('a full storage: the save fails with a message and what was stored stays intact', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Kept');
  const before = await stored(page);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'adcredit.scenarios') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  await page.getByLabel('Scenario name').fill('Too much');
  await page.getByRole('button', { name: 'Save as new' }).click();
  await expect(notice(page)).toContainText("Not saved: this browser's storage for the calculator is full.");
  await expect(names(page)).toHaveText(['Kept']);
  expect(await stored(page)).toBe(before);
});

for (const [what, text, message] of [
  ['garbage', 'garbage{', "it is not a saved-scenarios file this calculator can read"],
  ['a newer version', '{"version":99,"scenarios":[{"id":"x","future":true}]}', 'written by a newer version of the calculator (format 99)'],
]) {
  test(`${what} under the key is copied aside, offered for download, and never overwritten`, async ({ page }) => {
    await storeBeforeStart(page, text);
    await open(page);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('A copy of it is kept unchanged in this browser. The list starts empty.');
    expect(await backups(page)).toEqual([text]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(text);
    await snap(page, `unreadable-${what.replace(/ /g, '-')}`);

    await saveAs(page, 'New after recovery');
    expect(JSON.parse((await stored(page))!).scenarios.map((s: any) => s.name)).toEqual(['New after recovery']);
    await page.reload();
    expect(await backups(page)).toEqual([text]);
  });
}

test('an unreadable kept draft is copied aside verbatim, offered for download, and the page works', async ({ page }) => {
  const text = '{"broken": [1, 2,';
  await storeBeforeStart(page, text, 'adcredit.draft');
  await open(page);
  expect(await backups(page)).toEqual([text]);
  await expect(page.getByRole('alert')).toHaveText(
    'The inputs kept from your last visit could not be read: it is not a saved-scenarios file this calculator can read. ' +
      'A copy of it is kept unchanged in this browser. The calculator starts from the example.' +
      'Download the unreadable data',
  );
  // The calculator works from the example, and what is typed now is kept as the new draft.
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
  await typeInto(page, 'Clicks', '4000');
  await expect(metric(page, 'cpc')).toHaveText('$0.03');
  await expect.poll(() => stored(page, 'adcredit.draft')).toContain('4000');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(text);
  await snap(page, 'unreadable-draft');
  // Once the address bar has followed the edit, a reload is the same page either way.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('clicks=4000');
  await page.reload();
  expect(await backups(page)).toEqual([text]);
  await expect(page.getByLabel('Clicks', { exact: true })).toHaveValue('4000');
});

test('a draft an earlier version kept as JSON opens exactly as typed, and is kept as text from then on', async ({ page }) => {
  const json =
    '{"version":2,"currency":"EUR","credits":"1.234,50","impressions":"50000","clicks":"abc","conversions":"500",' +
    '"spend":"6.000","campaign_daily":"","ad_group_daily":"","ad_group_lifetime":"","schedule_days":"","offer_window":"",' +
    '"offer_used":"","offer_cash":"","grants":[{"source":"coupon","amount":"400","received":"2026-11-25","expires":""}],"tiers":[]}';
  await storeBeforeStart(page, json, 'adcredit.draft');
  await page.goto('/');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1.234,50');
  await expect(page.getByLabel('Clicks', { exact: true })).toHaveValue('abc');
  await expect(page.getByLabel('Total spend')).toHaveValue('6.000');
  await expect(page.locator('#clicks-message')).not.toHaveText('');
  await expect(metric(page, 'cpm')).toHaveText('€120.00');
  expect(await backups(page)).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Written again in the text format the page reads without its JSON code, and read back the same.
  await expect.poll(() => stored(page, 'adcredit.draft')).toMatch(/^draft=1&currency=EUR&credits=1.234%2C50&/);
  expect(await stored(page, 'adcredit.draft')).toContain('&g=coupon~400~2026-11-25~');
  await page.reload();
  await expect(page.getByLabel('Clicks', { exact: true })).toHaveValue('abc');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1.234,50');
});

test('a kept draft from a newer version is copied aside, and the page starts from the example', async ({ page }) => {
  const text = 'draft=9&currency=USD&credits=5';
  await storeBeforeStart(page, text, 'adcredit.draft');
  await open(page);
  await expect(page.getByRole('alert')).toContainText('written by a newer version of the calculator (format 9)');
  expect(await backups(page)).toEqual([text]);
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
});

test('a document with one bad scenario keeps the good ones and a copy of the whole', async ({ page }) => {
  const doc = JSON.parse(FIXTURE_V1);
  doc.scenarios.push({ id: 'bad', name: 'Negative', currency: 'USD', credits: '-1', impressions: 1, clicks: 1, conversions: 1, created: 1, updated: 1 });
  const text = JSON.stringify(doc);
  await storeBeforeStart(page, text);
  await open(page);
  await expect(page.getByRole('alert')).toContainText('1 scenario in it could not be read');
  await expect(page.getByRole('alert')).toContainText('The 3 scenarios that could be read are in the list.');
  await expect(names(page)).toHaveCount(3);
  expect(await backups(page)).toEqual([text]);
});

test('a stored version-1 document opens unchanged', async ({ page }) => {
  await storeBeforeStart(page, FIXTURE_V1);
  await open(page);
  await expect(names(page)).toHaveText(['Fashion audience', 'Yen test', 'Seed example']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Fashion audience', exact: true }).click();
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1234.5');
  await expect(metric(page, 'cpc')).toHaveText('€0.13');
});

test('two tabs: a save in one appears in the other, and edits of different scenarios both survive', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await saveAs(a, 'X');
  await expect(names(b)).toHaveText(['X']);
  await saveAs(b, 'Y');
  await expect(names(a)).toHaveCount(2);

  await a.getByRole('button', { name: 'Rename X' }).click();
  await a.getByLabel('New name').fill('X from A');
  await a.keyboard.press('Enter');
  await b.getByRole('button', { name: 'Rename Y' }).click();
  await b.getByLabel('New name').fill('Y from B');
  await b.keyboard.press('Enter');
  for (const page of [a, b]) {
    await expect(names(page)).toHaveText(['Y from B', 'X from A']);
  }
  const doc = JSON.parse((await stored(a))!);
  expect(doc.scenarios.map((s: any) => s.name).sort()).toEqual(['X from A', 'Y from B']);
});

test('export JSON and CSV, import them back without loss, and refuse a bad file', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Seed, "quoted"');
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(json).scenarios[0].name).toBe('Seed, "quoted"');
  expect((await download).suggestedFilename()).toMatch(/^adcredit-scenarios-\d{4}-\d\d-\d\d\.json$/);

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toBe(
    'Name,Currency,Ad credits,Total spend,Impressions,Clicks,Conversions,Revenue,CPM,CPC,CTR (%),"Conversion rate, clicks (%)","Conversion rate, impressions (%)",Cost per conversion,' +
      'Credit used,Cash paid,Credit left over,Discount from credits (%),Cash CPM,Cash CPC,Cash cost per conversion,' +
      'ROAS (×),Revenue per conversion,ROAS on cash (×),Profit,Profit on the cash you paid,ROI (%),Break-even ROAS (×),Break-even cost per conversion,' +
      'Highest CPC that breaks even,ROAS needed for the target profit (×),Gross margin (%),Target profit (%),' +
      'Plan: budget,Plan: CPM,Plan: CTR (%),Plan: conversion rate (%),Plan: revenue per conversion,Plan: projected conversions,Plan: projected revenue,' +
      'Campaign daily budget,Credit grants,Last changed (UTC)',
  );
  // No revenue and no plan: their columns and every figure that needs them are empty cells.
  expect(csv[1]).toMatch(/^"Seed, ""quoted""",USD,100,100,50000,2000,500,,2\.00,0\.05,4\.00,25\.00,1\.00,0\.20,100\.00,0\.00,0\.00,100\.00,,,,,,,,,,,,,,,,,,,,,,,,0,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

  // Importing the same file again changes nothing; a file with another scenario adds it.
  const picker = page.locator('#import-file');
  await picker.setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(notice(page)).toHaveText('Imported 0 scenarios; 1 already here.');
  await picker.setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(FIXTURE_V1) });
  await expect(notice(page)).toHaveText('Imported 3 scenarios.');
  await expect(names(page)).toHaveCount(4);

  await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":') });
  await expect(notice(page)).toHaveText(
    'Could not import “bad.json”: it is not a saved-scenarios file this calculator can read. Nothing was changed.',
  );
  await expect(names(page)).toHaveCount(4);
});

test('a tab with a stale list still keeps what the other tab saved (merge by id)', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await saveAs(a, 'X');
  await a.getByLabel('Scenario name').fill('Y');
  await a.getByRole('button', { name: 'Save as new' }).click();
  const b = await context.newPage();
  // B never hears of A's changes: its list goes stale, as when a storage event arrives late.
  await b.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await open(b);
  await expect(names(b)).toHaveText(['Y', 'X']);

  await a.getByRole('button', { name: 'Rename X' }).click();
  await a.getByLabel('New name').fill('X from A');
  await a.keyboard.press('Enter');
  await expect(names(a)).toHaveText(['X from A', 'Y']);
  await expect(names(b)).toHaveText(['Y', 'X']);

  await b.getByRole('button', { name: 'Rename Y' }).click();
  await b.getByLabel('New name').fill('Y from B');
  await b.keyboard.press('Enter');
  await expect(names(b)).toHaveText(['Y from B', 'X from A']);
  const doc = JSON.parse((await stored(b))!);
  expect(doc.scenarios.map((s: any) => s.name).sort()).toEqual(['X from A', 'Y from B']);
});
