import { test, expect, open, axeViolations, snap, typeInto } from './fixtures';
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
