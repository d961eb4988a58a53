// The sections below the calculator are lazily loaded wasm chunks: each opens and computes when its chunk arrives
// late, and says so (with "try again") when it does not arrive, while the calculator keeps working.
import { test, expect, metric, open, typeInto, snap } from './fixtures';

const SECTIONS: [string, string, string][] = [
  ['Credits and cash: what you pay out of pocket', '[data-figure="cash-paid"] dd', '$0.00'],
  ['Credit wallet: when your credits run out', '.wallet-summary', 'Add the credits you hold'],
  ['Is a “spend X, get Y” offer worth it?', '.offer-summary [data-note="nothing"]', "Add the offer's tiers to weigh them."],
  ['Embed this calculator', '.embed-panel .snippet-actions', 'Copy snippet'],
];
const CHUNKS = /\/app-[0-9a-f]{16}\/(split_|chunk_)[^/]*\.wasm$/;

test('each section opens and computes when its chunk arrives late', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(CHUNKS, async (route) => {
    await held;
    await route.continue();
  });
  await open(page);
  // The calculator answers while every chunk is still on its way.
  await typeInto(page, 'Clicks', '4000');
  await expect(metric(page, 'cpc')).toHaveText('$0.03');
  await page.getByText(SECTIONS[0][0], { exact: true }).click();
  await expect(page.locator('details[open]')).toHaveCount(1);
  await page.waitForTimeout(300);
  release();
  for (const [title, selector, text] of SECTIONS) {
    if (title !== SECTIONS[0][0]) await page.getByText(title, { exact: true }).click();
    await expect(page.locator(selector)).toContainText(text);
  }
});

test.describe('when the network fails', () => {
  // The browser reports each refused fetch as a console error, and the splitter's loader (__wasm_split.js) logs the
  // failed fetch it then reports to the app; any other error still fails the test.
  test.use({ allowedErrors: /^Failed to load resource: net::ERR_FAILED$|^TypeError: Failed to fetch\n\s+at [^\n]*__wasm_split\.js/ });

test('a chunk that does not arrive is said in its section, with try again; the calculator keeps working', async ({ page }) => {
  let failing = true;
  await page.route(CHUNKS, (route) => (failing ? route.abort() : route.continue()));
  await open(page);
  await page.getByText(SECTIONS[1][0], { exact: true }).click();
  const wallet = page.locator('details.plan[open]');
  await expect(wallet.getByRole('alert')).toHaveText(
    'This section could not load. Check your connection, then try again.',
  );
  await expect(page.locator('.scenarios [role="alert"]')).toHaveText(
    'Your saved scenarios are safe, but this list could not load. Check your connection, then try again.',
  );
  await snap(page, 'section-not-loaded', { fullPage: false });
  await typeInto(page, 'Conversions', '250');
  await expect(metric(page, 'cpa')).toHaveText('$0.40');
  failing = false;
  await wallet.getByRole('button', { name: 'try again' }).click();
  await expect(page.locator('.wallet-summary')).toContainText('Add the credits you hold');
});
});
