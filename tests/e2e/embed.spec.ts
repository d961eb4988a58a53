import { test, expect, axeViolations, snap } from './fixtures';

const HOST = 'http://127.0.0.1:4174/';
const TITLE = 'TikTok ads credit calculator';

test('a host site on another origin embeds the calculator with one element and embed.js', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(HOST);
  const iframe = page.locator(`iframe[title="${TITLE}"]`);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write');
  const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
  // data-currency, data-credits and data-locale apply; the invalid data-clicks is ignored with a warning.
  await expect(frame.locator('[data-metric="cpc"] .value')).toHaveText('0,25\u00a0€');
  await expect(frame.locator('[data-metric="cpm"] .value')).toHaveText('10,00\u00a0€');
  // Text the app writes into a field is plain digits: "2,000" would be two to a German reader.
  await expect(frame.getByLabel('Clicks')).toHaveValue('2000');
  await expect(frame.getByLabel('Impressions')).toHaveValue('50000');
  expect(warnings).toContain('adcredit embed: ignored the invalid option data-clicks="oops"');
  // data-theme and data-accent apply.
  const look = await frame.locator('html').evaluate((html) => [html.dataset.theme, getComputedStyle(html).getPropertyValue('--accent')]);
  expect(look).toEqual(['dark', '#FF0050']);
  // The compact calculator has no page chrome, and links to the full calculator with the scenario.
  await expect(frame.getByRole('heading', { name: 'TikTok Ads Credit Calculator' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open in full calculator' })).toHaveAttribute(
    'href',
    'http://127.0.0.1:4173/#v=4&credits=500&impressions=50000&clicks=2000&conversions=500&currency=EUR',
  );
  await snap(page, 'embed-host');
});

test('the iframe follows its content height, and a message from another origin changes nothing', async ({ page }) => {
  await page.goto(HOST);
  const iframe = page.locator(`iframe[title="${TITLE}"]`);
  const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
  await expect(frame.locator('[data-metric="cpc"] .value')).toHaveText('0,25\u00a0€');
  const height = () => iframe.evaluate((el: HTMLIFrameElement) => el.getBoundingClientRect().height);
  const contentHeight = () => frame.locator('html').evaluate((html) => html.scrollHeight);
  await expect.poll(async () => Math.abs((await height()) - (await contentHeight()))).toBeLessThan(2);
  const wide = await height();

  await page.locator('#slot').evaluate((slot) => (slot.style.width = '320px'));
  await expect.poll(height).toBeGreaterThan(wide + 100);
  await expect.poll(async () => Math.abs((await height()) - (await contentHeight()))).toBeLessThan(2);
  await snap(page, 'embed-host-320');

  // Messages from the host page itself and from a frame of a third origin are not the calculator's.
  const before = await height();
  await page.evaluate(() => {
    window.postMessage({ type: 'adcredit:height', height: 3000 }, '*');
    const third = document.createElement('iframe');
    third.src = `data:text/html,<script>parent.postMessage({type:'adcredit:height',height:3100},'*')</script>`;
    document.body.append(third);
  });
  await page.waitForTimeout(500);
  expect(await height()).toBe(before);
});

test('the embed page is axe-clean and fits 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/embed.html?embed=1&currency=EUR&credits=500');
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('€0.25');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the Embed this calculator panel: options, live preview, snippet to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.locator('[data-metric="cpc"] .value')).toHaveText('$0.05');
  await expect(page.getByTitle('Preview of the embedded calculator')).toHaveCount(0);
  await page.getByText('Embed this calculator').click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Number format').fill('de-DE');
  const snippet = page.getByLabel('Snippet');
  await expect(snippet).toHaveValue(
    '<div data-adcredit data-currency="USD" data-credits="100" data-impressions="50000" data-clicks="2000" ' +
      'data-conversions="500" data-theme="dark" data-locale="de-DE"></div>\n' +
      '<script src="http://127.0.0.1:4173/embed.js" async></script>',
  );
  const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
  await expect(preview.locator('[data-metric="cpc"] .value')).toHaveText('0,05\u00a0$');
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.getByText('Snippet copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await snap(page, 'embed-panel');
  expect(await axeViolations(page)).toEqual([]);
});
