// What a marketer in Jakarta and an agency in Mexico City found (issue 19), findings 9 and 10: on a phone the embed
// keeps its answer in view while a field is typed in; a host picks the sections it offers (each fetched only when
// used), the embed takes the host's column width, and its background can be the host's own.
import { test, expect, axeViolations, snap } from './fixtures';
import type { FrameLocator, Page } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const CALC = `http://127.0.0.1:${PORT}/`;
const TITLE = 'TikTok ads credit calculator';
const SECTION_CHUNK = /\/split_(\w+)_section\.wasm$/;
const TITLES = {
  cash: 'Credits and cash: what you pay out of pocket',
  profit: 'Profit and break-even: did it pay?',
  plan: 'Plan a campaign: what a budget buys',
  wallet: 'Credit wallet: when your credits run out',
  offer: 'Is a “spend X, get Y” offer worth it?',
};

/** The host page (tests/e2e/host/walk.html) with `options`: `d.<name>` is the embed's data-<name>. */
function host(options: Record<string, string> = {}): string {
  return `http://127.0.0.1:${PORT + 1}/walk.html?${new URLSearchParams({ calc: CALC, ...options })}`;
}

/** Opens the host page and waits for the calculator's first answer in its iframe. */
async function openHost(page: Page, options: Record<string, string> = {}): Promise<FrameLocator> {
  await page.goto(host(options));
  const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
  await expect(frame.locator('[data-metric="cpc"] .value')).not.toHaveText('…');
  return frame;
}

/** Which section chunks the page (and its frames) asked for. */
function sectionRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const name = SECTION_CHUNK.exec(new URL(r.url()).pathname)?.[1];
    if (name) asked.push(name);
  });
  return asked;
}

/** The answer bar's box in the host page's viewport, and the host's visible height (its visual viewport). */
async function barInView(page: Page, frame: FrameLocator) {
  const bar = await frame.locator('.answer-bar').boundingBox();
  const view = await page.evaluate(() => window.visualViewport!.height);
  return { top: bar?.y ?? -1, bottom: bar ? bar.y + bar.height : Infinity, view };
}

test.describe('9. on a phone, the answer stays in view while typing in the embed', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('at 390 px the answer bar is in the host page’s view while the first field is typed in, and follows its scroll', async ({ page }) => {
    const frame = await openHost(page, { 'd.sections': 'cash,profit' });
    const iframe = page.locator(`iframe[title="${TITLE}"]`);
    // The calculator is far taller than the phone's screen: its own bottom is below the host's view.
    await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().bottom)).toBeGreaterThan(1200);
    const credits = frame.getByLabel('Ad credits', { exact: true });
    await credits.click();
    await credits.fill('');
    await credits.pressSequentially('250');
    await expect(frame.locator('.answer-bar [data-answer="cpc"] b')).toHaveText('$0.13');
    await expect(frame.locator('.answer-bar')).toBeVisible();
    await expect.poll(async () => (await barInView(page, frame)).top).toBeGreaterThan(0);
    let { bottom, view, top } = await barInView(page, frame);
    expect(bottom).toBeLessThanOrEqual(view + 1);
    // It sits at the bottom of the view, and the field typed in is not under it.
    expect(view - bottom).toBeLessThan(2);
    const field = (await credits.boundingBox())!;
    expect(field.y + field.height).toBeLessThanOrEqual(top);
    await snap(page, 'walk-embed-answer-390', { fullPage: false });

    // The host page scrolls (the field keeps the focus): the bar follows.
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await barInView(page, frame)).bottom).toBeGreaterThan(view - 2);
    ({ bottom, view } = await barInView(page, frame));
    expect(bottom).toBeLessThanOrEqual(view + 1);
    await expect(credits).toBeFocused();
  });

  test('with a phone’s keyboard up (a smaller visual viewport), the bar sits above it', async ({ page }) => {
    // The keyboard, as a phone's browser reports it: the visual viewport loses its height, with a resize event.
    await page.addInitScript(() => {
      const real = window.visualViewport;
      if (!real || window.top !== window) return;
      const fake = new EventTarget();
      let keyboard = 0;
      Object.defineProperty(fake, 'offsetTop', { get: () => real.offsetTop });
      Object.defineProperty(fake, 'height', { get: () => real.height - keyboard });
      (window as unknown as { keyboard: (px: number) => void }).keyboard = (px: number) => {
        keyboard = px;
        fake.dispatchEvent(new Event('resize'));
      };
      Object.defineProperty(window, 'visualViewport', { value: fake });
    });
    const frame = await openHost(page);
    const credits = frame.getByLabel('Ad credits', { exact: true });
    await credits.click();
    await page.evaluate(() => (window as unknown as { keyboard: (px: number) => void }).keyboard(360));
    await credits.pressSequentially('5');
    const view = await page.evaluate(() => window.visualViewport!.height);
    expect(view).toBe(844 - 360);
    await expect.poll(async () => (await barInView(page, frame)).bottom).toBeLessThanOrEqual(view + 1);
    expect((await barInView(page, frame)).bottom).toBeGreaterThan(view - 2);
  });

  test('messages that are not the host’s, or do not read, move nothing and break nothing', async ({ page }) => {
    const frame = await openHost(page);
    await frame.getByLabel('Clicks', { exact: true }).click();
    await expect.poll(async () => (await barInView(page, frame)).bottom).toBeGreaterThan(800);
    const before = await barInView(page, frame);
    const root = frame.locator('html');
    const told = await root.evaluate((html) => html.style.getPropertyValue('--visible-bottom'));
    expect(told).toMatch(/^\d+px$/);
    await page.evaluate((calc) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      // From the host page itself, to the calculator's origin: what does not read is ignored.
      for (const data of [null, 'adcredit:visible', 42, [], { type: 'adcredit:visible' }, { type: 'adcredit:visible', top: '0', bottom: '99' },
        { type: 'adcredit:visible', top: 500, bottom: 100 }, { type: 'adcredit:visible', top: NaN, bottom: 1e308 }, { type: 'other', top: 0, bottom: 10 }])
        target.postMessage(data, calc);
      // From a frame of a third origin: a well-formed message, not acted on.
      const third = document.createElement('iframe');
      third.src = `data:text/html,<script>parent.frames[0].postMessage({type:'adcredit:visible',top:0,bottom:120},'*')</script>`;
      document.body.append(third);
    }, CALC.slice(0, -1));
    await page.waitForTimeout(500);
    expect(await root.evaluate((html) => html.style.getPropertyValue('--visible-bottom'))).toBe(told);
    expect(await barInView(page, frame)).toEqual(before);
    await expect(frame.getByLabel('Clicks', { exact: true })).toBeFocused();
  });
});

test.describe('10a. the sections an embed offers', () => {
  test('data-sections shows only those sections; each chunk is fetched when used, the others never', async ({ page }) => {
    const asked = sectionRequests(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const frame = await openHost(page, { 'd.sections': 'profit,cash,bogus' });
    await expect(frame.locator('details summary')).toHaveText([TITLES.cash, TITLES.profit]);
    expect(warnings).toContain(
      'adcredit embed: ignored the unknown section "bogus" in sections (the sections are cash, profit, plan, wallet, offer)',
    );
    // Nothing is fetched before it is used, even once the page is idle.
    await page.waitForTimeout(1500);
    expect(asked).toEqual([]);
    await frame.getByText(TITLES.cash).click();
    await expect(frame.locator('[data-figure="cash-paid"] dd')).toHaveText('$0.00');
    expect(asked).toEqual(['cash']);
    await frame.getByText(TITLES.profit).click();
    await expect(frame.getByLabel('Gross margin (%)')).toBeVisible();
    await page.waitForTimeout(500);
    expect(asked.sort()).toEqual(['cash', 'profit']);
    // The iframe grows with the opened sections.
    const iframe = page.locator(`iframe[title="${TITLE}"]`);
    const contentHeight = () => frame.locator('html').evaluate((html) => html.scrollHeight);
    await expect.poll(async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await contentHeight()))).toBeLessThan(2);
  });

  test('without data-sections the embed has no section and fetches no chunk; compare and import are refused with a reason', async ({ page }) => {
    const asked = sectionRequests(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const frame = await openHost(page, { 'd.sections': 'compare,import' });
    await page.waitForTimeout(1500);
    await expect(frame.locator('details')).toHaveCount(0);
    await expect(frame.locator('.plans')).toHaveCount(0);
    expect(asked).toEqual([]);
    expect(warnings).toContain(
      'adcredit embed: ignored the section "compare": it works on saved scenarios, which an embedded calculator does not keep',
    );
  });

  for (const width of [390, 1280]) {
    test(`every section open in the embed at ${width} px: it fits, nothing scrolls sideways, axe-clean`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 900 });
      const frame = await openHost(page, { 'd.sections': 'cash,profit,plan,wallet,offer', 'd.currency': 'IDR', 'd.credits': '1500000' });
      await expect(frame.locator('details summary')).toHaveText(Object.values(TITLES));
      for (const title of Object.values(TITLES)) await frame.getByText(title, { exact: true }).click();
      await expect(frame.locator('.wallet-summary')).toBeVisible();
      await expect(frame.locator('.offer-summary')).toBeVisible();
      const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await snap(page, `walk-embed-sections-${width}`);
    });
  }
});

test('10b. the embed takes the host’s column: as wide as its slot, with no width of its own', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await openHost(page, { column: '1200' });
  const width = await frame.locator('form.calculator').evaluate((f) => f.getBoundingClientRect().width);
  // The slot is 1200 px; the embed keeps only its 8 px padding on each side.
  expect(width).toBeGreaterThan(1180);
  const slot = await page.locator('#slot').evaluate((s) => s.getBoundingClientRect().width);
  expect(slot).toBe(1200);
});

test.describe('10c. a transparent background', () => {
  /** A 4×4 px square of the host page's screen at (x, y). */
  const square = (page: Page, x: number, y: number) => page.screenshot({ clip: { x, y, width: 4, height: 4 } });

  for (const [name, bg, theme, ink] of [
    ['light', '#fde68a', 'light', 'dark'],
    ['dark', '#1e293b', 'dark', 'light'],
  ] as const) {
    test(`on a ${name} coloured host the host shows through around the cards, the text stays readable`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const frame = await openHost(page, { bg, ink, 'd.background': 'transparent', 'd.theme': theme, 'd.sections': 'cash,profit' });
      const iframe = page.locator(`iframe[title="${TITLE}"]`);
      await expect(iframe).toHaveAttribute('allowtransparency', 'true');
      expect(await frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      // Inside the frame's padding the screen is the host's colour, as it is just outside the frame.
      const box = (await iframe.boundingBox())!;
      expect(await square(page, box.x + 2, box.y + 2)).toEqual(await square(page, box.x + 2, box.y - 6));
      await expect(frame.getByRole('link', { name: 'Open in full calculator' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await snap(page, `walk-embed-transparent-${name}-1280`);
      await page.setViewportSize({ width: 360, height: 800 });
      await snap(page, `walk-embed-transparent-${name}-360`);
    });
  }

  test('the calculator’s own background, by default, covers the host’s colour', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openHost(page, { bg: '#fde68a' });
    const box = (await page.locator(`iframe[title="${TITLE}"]`).boundingBox())!;
    expect(await square(page, box.x + 2, box.y + 2)).not.toEqual(await square(page, box.x + 2, box.y - 6));
  });
});

test('the snippet builder offers the sections and the background, and the snippet and preview carry them', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');
  await page.getByText('Embed this calculator').click();
  const sections = page.getByRole('group', { name: 'Sections below the calculator' });
  await sections.getByLabel(TITLES.profit).check();
  await sections.getByLabel(TITLES.cash).check();
  await sections.getByLabel(TITLES.wallet).check();
  await sections.getByLabel(TITLES.wallet).uncheck();
  await page.getByLabel('Background').selectOption('transparent');
  await expect(page.getByLabel('Snippet')).toHaveValue(
    '<div data-adcredit data-currency="USD" data-credits="100" data-impressions="50000" data-clicks="2000" ' +
      'data-conversions="500" data-sections="cash,profit" data-background="transparent"></div>\n' +
      `<script src="${CALC}embed.js" async></script>`,
  );
  const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
  await expect(preview.locator('details summary')).toHaveText([TITLES.cash, TITLES.profit]);
  expect(await preview.locator('html').getAttribute('data-background')).toBe('transparent');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.embed-panel').scrollIntoViewIfNeeded();
  await snap(page, 'walk-embed-snippet-builder');
});

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 1280],
  ['light', 360],
  ['dark', 360],
] as const) {
  test(`screenshot: the embed with sections, ${scheme}, ${width} px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    const frame = await openHost(page, { 'd.sections': 'cash,profit,plan' });
    await frame.getByText(TITLES.cash).click();
    await expect(frame.locator('[data-figure="cash-paid"] dd')).toHaveText('$0.00');
    await snap(page, `walk-embed-${scheme}-${width}`);
  });
}
