import { test, expect, metric, open, allMetrics, typeInto, axeViolations, snap } from './fixtures';

const SEED = ['$2.00', '$0.05', '4.00%', '25.00%', '1.00%', '$0.20'];

test('a first visit shows the seed example at once', async ({ page }) => {
  await open(page);
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('100');
  await expect(page.getByLabel('Impressions')).toHaveValue('50000');
  await expect(page.getByLabel('Clicks')).toHaveValue('2000');
  await expect(page.getByLabel('Conversions')).toHaveValue('500');
  await expect(page.getByLabel('Currency')).toHaveValue('USD');
  expect(await allMetrics(page)).toEqual(SEED);
  await snap(page, 'seed-desktop');
});

test('the seed example, typed by a user, gives every metric exactly', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '$100');
  await typeInto(page, 'Impressions', '50000');
  await typeInto(page, 'Clicks', '2,000');
  await typeInto(page, 'Conversions', '500');
  for (const [label, text] of [
    ['CPM', '$2.00'],
    ['CPC', '$0.05'],
    ['CTR', '4.00%'],
    ['Conversion rate (clicks)', '25.00%'],
    ['Conversion rate (impressions)', '1.00%'],
    ['Cost per conversion', '$0.20'],
  ]) {
    const row = page.locator('.metric').filter({ has: page.getByRole('term').getByText(label, { exact: true }) });
    await expect(row.locator('.value')).toHaveText(text);
  }
  await expect(page.getByRole('region', { name: 'What your credits bought' }).getByRole('status')).toContainText('$0.05');
});

test('text in Clicks gets a message under Clicks and the other metrics keep working', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Clicks', 'abc');
  const clicks = page.getByLabel('Clicks');
  await expect(clicks).toHaveAttribute('aria-invalid', 'true');
  // The hint says which clicks; the error follows it.
  await expect(clicks).toHaveAccessibleDescription(
    'Destination clicks, as Ads Manager counts them for CPC and CTR. That is not a number. Use digits, e.g. 1,234.50.',
  );
  await expect(page.locator('#clicks-message')).toBeVisible();
  await expect(metric(page, 'cpm')).toHaveText('$2.00');
  await expect(metric(page, 'cpa')).toHaveText('$0.20');
  await expect(metric(page, 'cpc')).toHaveText('— check Clicks');
  await snap(page, 'error-desktop');
  await page.setViewportSize({ width: 360, height: 800 });
  await snap(page, 'error-360');
  expect(await axeViolations(page)).toEqual([]);

  await typeInto(page, 'Clicks', '2000');
  await expect(clicks).not.toHaveAttribute('aria-invalid', 'true');
  await expect(metric(page, 'cpc')).toHaveText('$0.05');
});

test('zero clicks: CPC is "—" with the reason, never $0.00', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Clicks', '0');
  await expect(metric(page, 'cpc')).toHaveText('— no clicks yet');
  await expect(metric(page, 'cvr-clicks')).toHaveText('— no clicks yet');
  await expect(metric(page, 'cpm')).toHaveText('$2.00');
  await snap(page, 'zero-clicks-desktop');
});

test('1,234.50 and 1.234,50 are the same amount', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '1,234.50');
  await expect(metric(page, 'cpa')).toHaveText('$2.47');
  const english = await allMetrics(page);
  await typeInto(page, 'Ad credits', '1.234,50');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('1.234,50');
  expect(await allMetrics(page)).toEqual(english);
  expect(english).toEqual(['$24.69', '$0.62', '4.00%', '25.00%', '1.00%', '$2.47']);
});

test('a huge number gets a clear message and the page stays alive', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '999999999999999999999');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveAccessibleDescription(
    'Too large: the most this accepts is 1,000,000,000,000.',
  );
  await expect(metric(page, 'cpc')).toHaveText('— check Ad credits');
  await expect(metric(page, 'ctr')).toHaveText('4.00%');
  await typeInto(page, 'Ad credits', '250');
  await expect(metric(page, 'cpc')).toHaveText('$0.13');
});

test('JPY shows no decimals and refuses them in the amount', async ({ page }) => {
  await open(page);
  await page.getByLabel('Currency').selectOption('JPY');
  await typeInto(page, 'Ad credits', '10,000');
  expect(await allMetrics(page)).toEqual(['¥200', '¥5', '4.00%', '25.00%', '1.00%', '¥20']);
  await snap(page, 'jpy-desktop');
  await typeInto(page, 'Ad credits', '100.50');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveAccessibleDescription('JPY amounts have no decimals.');
});

test('a tiny unit cost shows its significant digits, not $0.00', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Ad credits', '1');
  await typeInto(page, 'Impressions', '10,000,000');
  await typeInto(page, 'Clicks', '3,000');
  await expect(metric(page, 'cpm')).toHaveText('$0.0001');
  await expect(metric(page, 'cpc')).toHaveText('$0.00033');
});

test('the whole calculator works from the keyboard alone', async ({ page }) => {
  await open(page);
  const focused = () => page.evaluate(() => document.activeElement?.id);
  // The header's language picker comes first, then the calculator.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('language');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('credits');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('400');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('currency');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('spend');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('impressions');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('clicks');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1000');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('conversions');
  await expect(metric(page, 'cpc')).toHaveText('€0.40');
  await expect(metric(page, 'cpm')).toHaveText('€8.00');
  // The focused field shows a visible focus ring.
  const outline = await page.locator('#conversions').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  // Enter does not reload or clear anything.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('400');
});

test('warnings sit under their field and never block a result', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Clicks', '60,000');
  await expect(page.getByLabel('Clicks')).toHaveAccessibleDescription(
    'Destination clicks, as Ads Manager counts them for CPC and CTR. More clicks than impressions: is there a typing mistake?',
  );
  await expect(metric(page, 'ctr')).toHaveText('120.00%');
  await typeInto(page, 'Clicks', '400');
  await expect(page.getByLabel('Conversions')).toHaveAccessibleDescription(
    'More conversions than clicks: fine if view-through conversions are counted.',
  );
  await snap(page, 'warning-desktop');
});

test('on a phone the key figures stay in view while a field has focus, without hiding the field or shifting', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 664 });
  await open(page);
  const bar = page.locator('.answer-bar');
  await expect(bar).toBeHidden();
  await page.evaluate(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  const clicks = page.getByLabel('Clicks', { exact: true });
  await clicks.fill('');
  await clicks.pressSequentially('4000');
  await expect(bar).toBeVisible();
  await expect(bar.locator('[data-answer="cpc"] b')).toHaveText('$0.03');
  await expect(bar.locator('[data-answer="cpa"] b')).toHaveText('$0.20');
  // The results themselves are below the fold, so the bar is the only place the answer shows.
  await expect(metric(page, 'cpc')).not.toBeInViewport();
  // The field being typed in stays above the bar.
  const field = (await clicks.boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(field.y + field.height).toBeLessThanOrEqual(barBox.y);
  await snap(page, 'answer-bar-390', { fullPage: false });
  await page.getByLabel('Conversions', { exact: true }).focus();
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'answer-bar-390-dark', { fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('heading', { name: 'Saved scenarios' }).click();
  await expect(bar).toBeHidden();
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
  // On a wide screen the results sit beside the fields: no bar.
  await page.setViewportSize({ width: 1280, height: 800 });
  await clicks.focus();
  await expect(bar).toBeHidden();
});
