// `make bench` (after the release build): sizes of dist/, cold load time and keystroke time in headless Chromium.
// Prints figures; asserts nothing. Timings are medians, measured inside the page with performance.now().
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';

const LOADS = 10;
const KEYSTROKES = 50;
const SCENARIOS = 1000;
const LIST_RUNS = 5;
const port = 4198;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kB = (n) => (n / 1000).toFixed(1).padStart(7) + ' kB';

// 1. Sizes: what a visitor downloads on a first load of the full app (embed.html and embed.js are listed apart:
// only host pages load them, with the same wasm).
const EMBED_ONLY = new Set(['embed.html', 'embed.js']);
console.log('dist/                                      raw        gzip      brotli');
const totals = [0, 0, 0];
const names = readdirSync('dist').filter((n) => statSync(join('dist', n)).isFile()).sort();
for (const name of [...names.filter((n) => !EMBED_ONLY.has(n)), ...names.filter((n) => EMBED_ONLY.has(n))]) {
  const bytes = readFileSync(join('dist', name));
  const sizes = [
    bytes.length,
    gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  if (!EMBED_ONLY.has(name)) sizes.forEach((s, i) => (totals[i] += s));
  console.log(`  ${(EMBED_ONLY.has(name) ? `${name} (embedding only)` : name).padEnd(36)}${sizes.map(kB).join('  ')}`);
}
console.log(`  ${'first load of the app, total'.padEnd(36)}${totals.map(kB).join('  ')}`);

// 2. Timings in headless Chromium against dist/ served on localhost.
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], {
  stdio: 'ignore',
});
await sleep(500);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  // Cold load: a new context (empty cache) each time; from navigation start to the first correct metric in the DOM.
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__firstMetric = new Promise((resolve) => {
        const check = () => {
          const el = document.querySelector('[data-metric="cpc"] .value');
          if (el && el.textContent === '$0.05') {
            resolve(performance.now());
            return true;
          }
          return false;
        };
        new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    loads.push(await page.evaluate(() => window.__firstMetric));
    await context.close();
  }
  console.log(`load: median ${median(loads).toFixed(0)} ms from navigation to the first correct metric ` +
    `(${LOADS} cold loads, min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)})`);

  // Keystroke: a new value in Clicks (an input event, as typing sends) until every metric that depends on it shows
  // its new value.
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05');
  const times = await page.evaluate(async (n) => {
    const input = document.getElementById('clicks');
    const text = (key) => document.querySelector(`[data-metric="${key}"] .value`).textContent;
    const states = [
      { clicks: '2,500', cpc: '$0.04', ctr: '5.00%', cvr: '20.00%' },
      { clicks: '2,000', cpc: '$0.05', ctr: '4.00%', cvr: '25.00%' },
    ];
    const results = [];
    for (let i = 0; i < n; i++) {
      const want = states[i % 2];
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (text('cpc') === want.cpc && text('ctr') === want.ctr && text('cvr-clicks') === want.cvr) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('.results'), { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      input.value = want.clicks;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      results.push((await done) - start);
      await new Promise((r) => setTimeout(r, 5));
    }
    return results;
  }, KEYSTROKES);
  console.log(`keystroke: median ${median(times).toFixed(2)} ms from an input event to all metrics updated ` +
    `(${KEYSTROKES} keystrokes, max ${Math.max(...times).toFixed(2)})`);

  // Saved scenarios: 1,000 of them stored, then the app told (as another tab would) to read and show them.
  const doc = JSON.stringify({
    version: 2,
    scenarios: Array.from({ length: SCENARIOS }, (_, i) => ({
      id: `bench-${i}`,
      name: `Campaign ${i + 1}: spring audience test`,
      currency: 'USD',
      credits: String(50 + (i % 950)) + '.25',
      impressions: 40000 + i * 37,
      clicks: 900 + (i % 400),
      conversions: 20 + (i % 90),
      created: 1764000000000 + i * 60000,
      updated: 1764000000000 + i * 60000,
      // As the app writes a scenario with a planned spend and a daily budget (fields not given are left out).
      spend: String(600 + i),
      budget: { campaign_daily: '50' },
    })),
  });
  // The list shows the most recent rows first and the rest on "Show all": both are timed.
  const whenRows = (count) =>
    new Promise((resolve) => {
      const done = () => document.querySelectorAll('.scenario-list .scenario').length === count;
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.querySelector('.scenarios'), { subtree: true, childList: true });
    });
  const listTimes = [];
  const allTimes = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    await page.evaluate(() => localStorage.removeItem('adcredit.scenarios'));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05');
    const [first, all] = await page.evaluate(
      async ({ text, count, whenRows }) => {
        const rows = eval(whenRows);
        localStorage.setItem('adcredit.scenarios', text);
        let start = performance.now();
        const shown = rows(50);
        window.dispatchEvent(new StorageEvent('storage', { key: 'adcredit.scenarios' }));
        const first = (await shown) - start;
        const everything = rows(count);
        start = performance.now();
        document.querySelector('.show-all').click();
        return [first, (await everything) - start];
      },
      { text: doc, count: SCENARIOS, whenRows: whenRows.toString() },
    );
    listTimes.push(first);
    allTimes.push(all);
  }
  const perScenario = doc.length / SCENARIOS;
  console.log(`scenarios: median ${median(listTimes).toFixed(1)} ms to read ${SCENARIOS} saved scenarios and show ` +
    `the 50 most recent, ${median(allTimes).toFixed(1)} ms more for "Show all" (${LIST_RUNS} runs); ${perScenario.toFixed(0)} characters stored per scenario, so about ` +
    `${Math.floor(5_000_000 / perScenario).toLocaleString('en-US')} fit in the ~5,000,000 characters a browser gives a site`);
} finally {
  await browser.close();
  server.kill();
}
