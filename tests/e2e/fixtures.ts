import { test as base, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test fails if the page logs a console error or throws an uncaught exception; a test that makes the network
 * fail on purpose names the browser's own messages about it in `allowedErrors`.
 */
export const test = base.extend<{ failOnErrors: void; allowedErrors: RegExp }>({
  // By default nothing is allowed: a pattern that matches no text.
  allowedErrors: [/(?!)/, { option: true }],
  failOnErrors: [
    async ({ page, allowedErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedErrors.test(m.text())) {
          errors.push(`console error: ${m.text()}`);
        }
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use();
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const METRICS = ['cpm', 'cpc', 'ctr', 'cvr-clicks', 'cvr-impressions', 'cpa'] as const;

/** The value cell of a metric row, as the user reads it. */
export const metric = (page: Page, key: (typeof METRICS)[number]): Locator =>
  page.locator(`[data-metric="${key}"] .value`);

/** Opens the calculator and waits until the app (not the static skeleton) shows a result. */
export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(metric(page, 'cpm')).not.toHaveText('…');
}

/** All six metrics, in the panel's order. */
export async function allMetrics(page: Page): Promise<string[]> {
  return Promise.all(METRICS.map((k) => metric(page, k).innerText()));
}

/** Clears a field and types into it key by key, as a person does. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(text);
}

/** axe-core with the WCAG tags the project promises. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Saves a screenshot under screenshots/ for a person to look at. `fullPage: false` keeps to the viewport: a full-page
 * capture briefly resizes the page, which the layout-shift test would count as a shift the user never sees.
 */
export async function snap(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage });
}

/** Names the inputs on screen and saves them, waiting until the save bar says so. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Scenario name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#save-state')).toHaveText('Saved');
}
