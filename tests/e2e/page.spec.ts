import { test, expect, metric, open, axeViolations, snap, typeInto } from './fixtures';

test('axe-core finds no WCAG 2.2 AA violation, light and dark', async ({ page }) => {
  await open(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await typeInto(page, 'Clicks', '0');
  await typeInto(page, 'Conversions', 'x');
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'dark-desktop');
});

test('fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.setViewportSize({ width: 360, height: 900 });
  await snap(page, 'seed-360');
  expect(await axeViolations(page)).toEqual([]);
});

test('the skeleton paints before the wasm, keeps what is typed meanwhile, and nothing shifts', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) (window as any).__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { name: 'TikTok Ads Credit Calculator' })).toBeVisible();
  await expect(page.getByLabel('Impressions')).toHaveValue('50000');
  await expect(metric(page, 'cpc')).toHaveText('…');
  await snap(page, 'skeleton-desktop', { fullPage: false });
  await page.getByLabel('Ad credits', { exact: true }).fill('250');
  release();
  await expect(metric(page, 'cpc')).toHaveText('$0.13');
  await expect(page.getByLabel('Ad credits', { exact: true })).toHaveValue('250');
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
});

test('the skeleton in index.html matches the app it stands in for', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  await open(page);
  // The saved-scenarios panel arrives as its own chunk right after start; compare with the page once it has.
  await expect(page.locator('#scenarios-heading')).toBeVisible();
  const shape = (root: string) =>
    page.evaluate((source) => {
      const doc = source ? new DOMParser().parseFromString(source, 'text/html') : document;
      const app = doc.getElementById('app')!;
      return [...app.querySelectorAll('*')].map(
        (el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}[${el.getAttribute('for') ?? ''}]`,
      );
    }, root);
  expect(await shape(html)).toEqual(await shape(''));
});

test('the app runs under the strict Content-Security-Policy with no violation', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
  );
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  await open(page);
  await typeInto(page, 'Clicks', '4000');
  await expect(metric(page, 'cpc')).toHaveText('$0.03');
  await page.getByLabel('Scenario name').fill('Under CSP');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.scenario-list .name')).toHaveText(['Under CSP']);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});

test('the stylesheet nests no rule in another: a missing brace would silently nest the rest of the file', async ({ page }) => {
  await open(page);
  const nested = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule && rule.cssRules.length > 0) found.push(rule.selectorText);
        else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return found;
  });
  expect(nested).toEqual([]);
  // And the import section's own rules reach it (they were nested under the calendar's list once).
  expect(await page.locator('details.import-panel').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
});
