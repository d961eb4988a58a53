import { readFileSync } from 'node:fs';
import { test, expect, metric, axeViolations, snap, type Page } from './fixtures';

// Every language's words as the build gives them to its page: static/l10n/<tag>.txt, a message per line in the
// same order as en.txt, so a test names a message by its English words and reads what the user sees.
const table = (tag: string) => readFileSync(`static/l10n/${tag}.txt`, 'utf8').split('\n').slice(1);
const english = table('en');
const say = (tag: string, words: string, ...args: string[]) => {
  const line = english.findIndex((l) => l.split('\t')[0] === words);
  if (line < 0) throw new Error(`no message "${words}" in en.txt`);
  // A right-to-left page isolates every value it puts into a sentence.
  const place = (arg: string) => (tag === 'ar' ? `\u2068${arg}\u2069` : arg);
  return table(tag)[line].split('\t')[0].replace(/\{(\d)\}/g, (_, n) => place(args[Number(n)] ?? ''));
};

/** A browser whose language is `locale` (navigator.languages and Intl), on a fresh page. */
const visitor = async (browser: import('@playwright/test').Browser, locale: string) => {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
};

/** Money as the page's Intl writes it (the test asks the same browser). */
const money = (page: Page, locale: string, value: number, currency = 'USD') =>
  page.evaluate(
    ([l, v, c]) => new Intl.NumberFormat(l as string, { style: 'currency', currency: c as string, minimumFractionDigits: 2 }).format(v as number),
    [locale, value, currency],
  );

const LANGUAGES = [
  { tag: 'es', locale: 'es-MX', dir: 'ltr', numbers: 'es-MX' },
  { tag: 'pt-BR', locale: 'pt-BR', dir: 'ltr', numbers: 'pt-BR' },
  { tag: 'id', locale: 'id-ID', dir: 'ltr', numbers: 'id-ID' },
  { tag: 'vi', locale: 'vi-VN', dir: 'ltr', numbers: 'vi-VN' },
  { tag: 'ja', locale: 'ja-JP', dir: 'ltr', numbers: 'ja-JP' },
  { tag: 'ar', locale: 'ar-EG', dir: 'rtl', numbers: 'ar-EG-u-nu-latn-ca-gregory' },
];

for (const { tag, locale, dir, numbers } of LANGUAGES) {
  test(`a browser in ${locale} opens the calculator in its language, the seed's figures in its format`, async ({ browser }) => {
    const { context, page } = await visitor(browser, locale);
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${tag}/(#.*)?$`));
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page).toHaveTitle(say(tag, 'TikTok Ads Credit Calculator: what your ad credits buy'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(tag, 'TikTok Ads Credit Calculator'));
    await expect(page.getByLabel(say(tag, 'Ad credits'), { exact: true })).toHaveValue('100');
    // The guide's example, exact, written the visitor's way: CPC $0.05, cost per conversion $0.20.
    await expect(metric(page, 'cpc')).toHaveText(await money(page, numbers, 0.05));
    await expect(metric(page, 'cpa')).toHaveText(await money(page, numbers, 0.2));
    await expect(page.locator('[data-metric="cpa"] dt')).toHaveText(say(tag, 'Cost per conversion'));
    // A report sentence with a value in it.
    await expect(page.locator('.results .basis')).toHaveText(
      say(tag, 'On {0} of credits, which paid for everything (no total spend given).', await money(page, numbers, 100)),
    );
    // An error under the field, its example in the page's format.
    await page.getByLabel(say(tag, 'Ad credits'), { exact: true }).fill('abc');
    const example = await page.evaluate(([l]) => new Intl.NumberFormat(l, { minimumFractionDigits: 2 }).format(1234.5), [numbers]);
    await expect(page.locator('#credits-message')).toHaveText(say(tag, 'That is not a number. Use digits, e.g. {0}.', example));
    await expect(page.locator('#credits')).toHaveAttribute('aria-invalid', 'true');
    await context.close();
  });
}

test('the picker opens another language with the same scenario, and the choice is remembered', async ({ page }) => {
  await page.goto('/#c=250');
  await expect(metric(page, 'cpm')).not.toHaveText('…');
  const picker = page.getByLabel('Language');
  await expect(picker.locator('option')).toHaveText([
    'English', 'Español', 'Português (Brasil)', 'Bahasa Indonesia', 'Tiếng Việt', '日本語', 'العربية',
  ]);
  await picker.selectOption('pt-BR');
  await expect(page).toHaveURL(/\/pt-BR\/#/);
  await expect(page.getByLabel(say('pt-BR', 'Ad credits'), { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  // The root page, for this visitor, now opens Portuguese (an en-US browser).
  await page.goto('/');
  await expect(page).toHaveURL(/\/pt-BR\/(#.*)?$/);
  await page.getByLabel(say('pt-BR', 'Language')).selectOption('en');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(#.*)?$/);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Ad credits', { exact: true })).toBeVisible();
});

test('/pt-BR/ is Portuguese from the first byte: lang, title, description, alternates and the skeleton', async ({ request }) => {
  const html = await (await request.get('/pt-BR/')).text();
  expect(html).toContain('<html lang="pt-BR" dir="ltr">');
  expect(html).toContain(`<title>${say('pt-BR', 'TikTok Ads Credit Calculator: what your ad credits buy')}</title>`);
  expect(html).toContain(`<meta name="description" content="${say('pt-BR', 'See every cost metric of your TikTok ads credits at once: CPM, CPC, CTR, conversion rates and cost per conversion, exact to the cent.')}" />`);
  expect(html).toContain('<link rel="alternate" hreflang="ar" href="/ar/">');
  expect(html).toContain('<link rel="alternate" hreflang="x-default" href="/">');
  const app = html.slice(html.indexOf('<div id="app">'));
  expect(app).toContain(`<label for="credits">${say('pt-BR', 'Ad credits')}</label>`);
  expect(app).not.toContain('>Ad credits<');
  const arabic = await (await request.get('/ar/')).text();
  expect(arabic).toContain('<html lang="ar" dir="rtl">');
});

for (const { tag, locale } of LANGUAGES) {
  test(`the ${tag} skeleton matches the app it stands in for, word for word`, async ({ browser, request }) => {
    const html = await (await request.get(`/${tag}/`)).text();
    const { context, page } = await visitor(browser, locale);
    await page.goto(`/${tag}/`);
    await expect(metric(page, 'cpm')).not.toHaveText('…');
    await expect(page.locator('#scenarios-heading')).toBeVisible();
    const shape = (root: string) =>
      page.evaluate((source) => {
        const doc = source ? new DOMParser().parseFromString(source, 'text/html') : document;
        const app = doc.getElementById('app')!;
        for (const value of app.querySelectorAll('.metric .value, .answer-bar b')) value.textContent = '…';
        return [...app.querySelectorAll('*')].map(
          (el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}[${el.getAttribute('for') ?? ''}] ${el.children.length ? '' : el.textContent?.trim()}`,
        );
      }, root);
    expect(await shape(html)).toEqual(await shape(''));
    await context.close();
  });
}

for (const locale of ['ar-SA', 'vi-VN']) {
  test(`${locale}: axe clean${locale === 'ar-SA' ? ', right to left, Latin digits' : ''}`, async ({ browser }) => {
    const { context, page } = await visitor(browser, locale);
    await page.goto('/');
    await expect(metric(page, 'cpm')).not.toHaveText('…');
    await expect(page.locator('#scenarios-heading')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    if (locale === 'ar-SA') {
      // Latin digits, whatever the region's default (ar-SA writes Arabic-Indic ones).
      await expect(metric(page, 'cpc')).toHaveText(await money(page, 'ar-SA-u-nu-latn-ca-gregory', 0.05));
      await expect(metric(page, 'cpc')).toHaveText(/0/);
      // The header's picker sits at the line's end, which is the left in Arabic; the heading starts at the right.
      const [picker, heading] = [await page.locator('.masthead .language').boundingBox(), await page.locator('.masthead h1').boundingBox()];
      expect(picker!.x + picker!.width).toBeLessThan(heading!.x + heading!.width / 2);
    }
    await context.close();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 360]) {
    test(`screenshots in ar and pt-BR at ${width} px, ${scheme}`, async ({ browser }) => {
      for (const locale of ['ar-SA', 'pt-BR']) {
        const context = await browser.newContext({ locale, colorScheme: scheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto('/');
        await expect(metric(page, 'cpm')).not.toHaveText('…');
        await expect(page.locator('#scenarios-heading')).toBeVisible();
        for (const details of await page.locator('details.plan').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        await page.waitForTimeout(300);
        // Nothing wider than the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await snap(page, `lang-${locale}-${width}-${scheme}`);
        await context.close();
      }
    });
  }
}

test('a new visitor starts their own scenario in their region’s currency; the guide’s example stays in dollars', async ({ browser }) => {
  const { context, page } = await visitor(browser, 'id-ID');
  await page.goto('/');
  await expect(metric(page, 'cpm')).not.toHaveText('…');
  await expect(page.locator('#currency')).toHaveValue('USD');
  await page.getByRole('button', { name: say('id', 'Clear all') }).click();
  await expect(page.locator('#currency')).toHaveValue('IDR');
  // Typed the Indonesian way, read back in rupiah.
  await page.getByLabel(say('id', 'Ad credits'), { exact: true }).fill('1,5 jt');
  await expect(page.locator('#credits-message')).toHaveText(
    `= ${await page.evaluate(() => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(1500000))}`,
  );
  await context.close();
});
