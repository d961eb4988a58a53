import { test, expect, open, typeInto, snap, axeViolations } from './fixtures';
import type { Page } from '@playwright/test';

// What a marketer in Jakarta and an agency in Mexico City found (issue 19): long amounts, tap targets, the embed's
// currency, the plan's own rates, a margin typed as a fraction.
const SECTIONS = [
  'Credits and cash: what you pay out of pocket',
  'Profit and break-even: did it pay?',
  'Plan a campaign: what a budget buys',
  'Credit wallet: when your credits run out',
  'Is a “spend X, get Y” offer worth it?',
];

/** Every section open, in `currency`, with the longest amounts the caps allow. */
async function longest(page: Page, currency: string) {
  await open(page);
  await page.getByLabel('Currency').selectOption(currency);
  await typeInto(page, 'Ad credits', '999999999999');
  await typeInto(page, 'Total spend', '999999999998');
  await typeInto(page, 'Impressions', '3');
  await typeInto(page, 'Clicks', '2');
  await typeInto(page, 'Conversions', '1');
  await typeInto(page, 'Revenue', '999999999999');
  for (const title of SECTIONS) await page.getByText(title).click();
  await typeInto(page, 'Gross margin (%)', '1');
  await typeInto(page, 'Budget', '999999999999');
  await typeInto(page, 'Expected CPM', '1');
  await typeInto(page, 'Expected CTR (%)', '100');
  await typeInto(page, 'Expected conversion rate (%)', '100');
  await typeInto(page, 'Expected revenue per conversion', '999999999999');
  await page.getByRole('button', { name: 'Add a credit' }).click();
  await page.locator('#grant-1-amount').fill('999999999999');
  await typeInto(page, 'Campaign daily budget', '999999999');
  await typeInto(page, 'Cash you will pay', '999999999999');
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await page.locator('#tier-1-spend').fill('999999999999');
  await page.locator('#tier-1-credit').fill('999999999999');
}

/** Elements whose content spills out of their own box, or out of the page. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    const selector = '.metric .value, .metric dt, .figure dd, .figure dt, td, th, .field select, .field input, [data-goal] b, .answer-bar b';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.table-scroll') && (el.tagName === 'TD' || el.tagName === 'TH')) continue;
      // Visually hidden on purpose (a table's header row on a phone, read by screen readers only).
      let hidden = false;
      for (let a: HTMLElement | null = el; a; a = a.parentElement) if (getComputedStyle(a).clipPath !== 'none') hidden = true;
      if (hidden) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      // A text field scrolls its own text; anything else that hides content clips it.
      if (el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') found.push(`${el.className || el.tagName}: clipped "${el.textContent}"`);
      const parent = el.parentElement!.getBoundingClientRect();
      if (box.right > parent.right + 1 || box.left < parent.left - 1) found.push(`${el.className || el.tagName} "${el.textContent?.slice(0, 40)}" leaves its box`);
      if (box.right > width + 1) found.push(`${el.tagName} "${el.textContent?.slice(0, 40)}" leaves the page`);
    }
    // A label and its value side by side never cover each other.
    for (const row of document.querySelectorAll<HTMLElement>('.metric')) {
      const [label, value] = [row.querySelector('dt'), row.querySelector('.value')].map((e) => e?.getBoundingClientRect());
      if (label && value && label.right > value.left + 1 && label.bottom > value.top + 1 && value.bottom > label.top + 1)
        found.push(`${row.dataset.metric}: the value covers its label`);
    }
    return found;
  });
}

for (const currency of ['VND', 'IDR']) {
  for (const width of [390, 1280]) {
    test(`12-digit amounts in ${currency} at ${width} px: every figure fits its box, nothing scrolls sideways`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await longest(page, currency);
      expect(await overflowing(page)).toEqual([]);
      await snap(page, `walk-${currency.toLowerCase()}-${width}`);
    });
  }
}

for (const currency of ['IDR', 'VND']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${currency} at 360 px, ${scheme}: whole units, no overflow, axe clean`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 360, height: 800 });
      await longest(page, currency);
      // Whole rupiah and dong, as TikTok shows them: no minor units.
      await expect(page.locator('[data-figure="cash-paid"] dd')).not.toContainText(',00');
      await expect(page.locator('[data-figure="cash-paid"] dd')).not.toContainText('.00');
      expect(await overflowing(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await snap(page, `walk-${currency.toLowerCase()}-360-${scheme}`);
    });
  }
}

test('rupiah as TikTok shows it: whole units, and a unit cost below Rp 1 keeps its digits', async ({ page }) => {
  await open(page);
  await page.getByLabel('Currency').selectOption('IDR');
  await typeInto(page, 'Ad credits', '1500000');
  await typeInto(page, 'Impressions', '4000000');
  await typeInto(page, 'Clicks', '4000000');
  // The browser's locale writes the currency (en-US: "IDR 375"); the digits are TikTok's whole rupiah.
  await expect(page.locator('[data-metric="cpm"] .value')).toHaveText(/^(Rp|IDR)\s375$/);
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText(/^(Rp|IDR)\s0[.,]38$/);
});

test('the link-like buttons are tap targets of at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await typeInto(page, 'Ad credits', '5');
  await page.getByRole('button', { name: 'Clear all' }).click();
  for (const name of ['Reset to the example', 'Clear all', 'Undo']) {
    const box = (await page.getByRole('button', { name, exact: true }).first().boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(24);
    expect(box.width, name).toBeGreaterThanOrEqual(24);
  }
});

test('the embed snippet of a cleared calculator in pesos carries its currency and an empty start', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByLabel('Currency').selectOption('MXN');
  await page.getByText('Embed this calculator').click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Number format').fill('es-MX');
  await expect(page.getByLabel('Snippet')).toHaveValue(/^<div data-adcredit data-currency="MXN" data-start="empty" data-theme="dark" data-locale="es-MX"><\/div>/);
  // The preview is the embed a host page gets: empty fields in pesos, not the US-dollar example.
  const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
  await expect(preview.getByLabel('Currency')).toHaveValue('MXN');
  await expect(preview.getByLabel('Ad credits')).toHaveValue('');
});

test('"Use my results\' rates" fills the plan from the campaign just typed', async ({ page }) => {
  await open(page);
  await page.getByText('Plan a campaign: what a budget buys').click();
  await page.getByRole('button', { name: "Use my results' rates" }).click();
  await expect(page.getByLabel('Expected CPM')).toHaveValue('2');
  await expect(page.getByLabel('Expected CTR (%)')).toHaveValue('4');
  await expect(page.getByLabel('Expected conversion rate (%)')).toHaveValue('25');
});

test('a margin of 0.45 asks whether 45 % was meant; the ROAS gap is a plain number', async ({ page }) => {
  await open(page);
  await typeInto(page, 'Revenue', '1000');
  await page.getByText('Profit and break-even: did it pay?').click();
  await typeInto(page, 'Gross margin (%)', '0.45');
  await expect(page.locator('#margin-message')).toHaveText('Below 1 %: did you mean 45 %? The margin is a percentage.');
  await typeInto(page, 'Gross margin (%)', '40');
  await expect(page.locator('#margin-message')).toHaveText('');
  await expect(page.locator('[data-note="profit-verdict"]')).toContainText('is 7.50 above the break-even ROAS of 2.50×.');
});

test('the answer bar on a phone adds the cash cost per conversion when cash paid a part', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await open(page);
  await typeInto(page, 'Total spend', '600');
  await page.getByLabel('Impressions').focus();
  await expect(page.locator('[data-answer="cash-cpa"] b')).toHaveText('$1.00');
  expect(await axeViolations(page)).toEqual([]);
});

test('"Reset to the example" keeps the currency on screen, so comparing with it is not cross-currency', async ({ page }) => {
  await open(page);
  await page.getByLabel('Currency').selectOption('IDR');
  await typeInto(page, 'Ad credits', '1500000');
  await page.getByRole('button', { name: 'Reset to the example' }).click();
  await expect(page.getByLabel('Currency')).toHaveValue('IDR');
  await expect(page.getByLabel('Ad credits')).toHaveValue('100');
});

test.describe('in Indonesian formats', () => {
  test.use({ locale: 'id-ID' });
  // A marketer in Jakarta who chose English: the English page, its numbers the browser's Indonesian way (the
  // Indonesian page itself is tested in languages.spec.ts).
  test.beforeEach(async ({ page }) => page.addInitScript(() => localStorage.setItem('adcredit.lang', 'en')));
  for (const width of [390, 1280]) {
  test(`2. the offer on the user's own campaign at ${width} px: one basis top to bottom, one verdict first`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The case: Rp 1.500.000 of credits, Rp 850.000 of cash, "spend 500.000, get 500.000".
    await open(page, '/#v=2&currency=IDR&credits=1500000&spend=2350000&impressions=1000000&clicks=10000&conversions=96&t1=500000~500000&t2=1500000~1500000');
    const offer = page.locator('details', { hasText: 'Is a “spend X, get Y” offer worth it?' });
    await expect(offer).toHaveAttribute('open', '');
    const notes = offer.locator('.offer-summary [data-note]');
    // The first line is the verdict: worth it, by how much per conversion and in conversions gained, on the
    // campaign with its credits (850.000 × 2.350.000 ÷ ((1.500.000 + 850.000 + 500.000) × 96) = Rp 7.301).
    await expect(notes.first()).toHaveAttribute('data-note', 'verdict');
    await expect(notes.first()).toHaveText(
      'Worth it: your Rp 850.000 of cash reaches “Spend Rp 500.000, get Rp 500.000”. Each conversion costs Rp 7.301 of cash instead of Rp 8.854 (Rp 1.553 less), and you get 20,4 more conversions.'.replace(/Rp /g, 'Rp\u00a0'),
    );
    // The tier's row carries the same figure, and the larger tier is weighed paying its X on the same campaign.
    await expect(offer.locator('tr.best td[data-cost="cpa"]')).toHaveText('Rp\u00a07.301');
    await expect(offer.locator('tbody tr').nth(1).locator('td[data-cost="cash"]')).toHaveText('Rp\u00a01.500.000');
    // The only figure on another basis says so.
    await expect(offer.locator('thead th').last()).toHaveText("The offer's own discount");
    await expect(offer).not.toContainText('paying X');
    await snap(page, `walk-offer-${width}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}
});

test('14. a new tier row asks for its figures instead of a correction; results on a typed spend say what is known', async ({ page }) => {
  await open(page, '/#v=2&credits=450&impressions=180000&clicks=2100&conversions=45&currency=USD&spend=1200&t1=500~500');
  const offer = page.locator('details', { hasText: 'Is a “spend X, get Y” offer worth it?' });
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await expect(offer.locator('.offer-summary')).toHaveText("Enter each tier's spend and credit to weigh them.");
  await expect(offer).not.toContainText('Correct the tiers');
  // Ad credits that do not read: the metrics on the typed spend still show, and the line above them says so.
  await typeInto(page, 'Ad credits', 'abc');
  await expect(page.locator('[data-metric="cpm"] .value')).toHaveText('$6.67');
  await expect(page.locator('.results .basis')).toHaveText(
    'On a total spend of $1,200.00; how much of it credits paid is not known — check Ad credits.',
  );
});
