// `make bench` (after the release build): sizes of dist/, cold load time and keystroke time in headless Chromium.
// Prints figures; asserts nothing. Timings are medians, measured inside the page with performance.now().
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';

const LOADS = 10;
const SLOW_LOADS = 5;
// Each section's summary, and something its body shows once its chunk has arrived.
const SECTIONS = [
  ['Credits and cash: what you pay out of pocket', '[data-figure="cash-paid"]'],
  ['Profit and break-even: did it pay?', '[data-figure="break-even-roas"]'],
  ['Plan a campaign: what a budget buys', '[data-projection="impressions"]'],
  ['Credit wallet: when your credits run out', '#add-grant'],
  ['Is a “spend X, get Y” offer worth it?', '#add-tier'],
  ['Compare scenarios', '.pick'],
  ['Embed this calculator', '#embed-snippet'],
];
/** In the page: a promise of the time (from navigation start) when the first correct metric is in the DOM. */
const firstMetric = () => {
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
};
/** Chrome DevTools' "Slow 4G" and a 4× slower CPU. */
const slow4g = async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
};
const KEYSTROKES = 50;
const SCENARIOS = 1000;
const LIST_RUNS = 5;
const port = 4198;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kB = (n) => (n / 1000).toFixed(1).padStart(7) + ' kB';

// 1. Sizes of every file a visitor may download, as served (brotli; raw and gzip beside it). The main module
// (app-<hash>/adcredit*) and the page are fetched at start; the chunks (app-<hash>/*.wasm besides the main module)
// when a section opens or the browser prefetches them; embed.html and embed.js only by host pages.
const EMBED_ONLY = new Set(['embed.html', 'embed.js']);
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(br|gz)$/.test(name)) files.push(path);
  }
};
walk('dist');
const sizeOf = new Map();
console.log('dist/                                                  raw        gzip      brotli');
for (const path of files) {
  const bytes = readFileSync(path);
  const sizes = [
    bytes.length,
    gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  const url = '/' + path.slice('dist/'.length);
  sizeOf.set(url, sizes[2]);
  const name = url.slice(1) + (EMBED_ONLY.has(url.slice(1)) ? ' (embedding only)' : '');
  console.log(`  ${name.padEnd(48)}${sizes.map(kB).join('  ')}`);
}
/** Brotli bytes of the dist files behind these URLs (the page itself is `/`). */
const brotliOf = (urls) =>
  urls.reduce((sum, url) => sum + (sizeOf.get(url.endsWith('/') ? `${url}index.html` : url.split('?')[0]) ?? 0), 0);

// 2. Timings in headless Chromium against dist/ served on localhost.
// Served as production serves it (scripts/serve.py: the CSP, caching, precompressed brotli).
const server = spawn('python3', ['scripts/serve.py', String(port), 'dist'], { stdio: 'ignore' });
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
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(firstMetric);
    await page.goto(`http://127.0.0.1:${port}/`);
    const at = await page.evaluate(() => window.__firstMetric);
    loads.push(at);
    if (i === 0) {
      // What was fetched before the first correct metric was in the DOM, and what after the idle prefetch.
      const fetched = (until) =>
        page.evaluate(
          (until) => [...new Set([location.pathname, ...performance.getEntriesByType('resource').filter((e) => e.responseEnd <= until).map((e) => new URL(e.name).pathname)])],
          until,
        );
      const critical = await fetched(at);
      await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length >= 7, null, { timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(500);
      const all = await fetched(Infinity);
      console.log(`critical path: ${kB(brotliOf(critical)).trim()} brotli in ${critical.length} files fetched before the first correct metric (${critical.join(', ')})`);
      console.log(`after the idle prefetch: ${kB(brotliOf(all)).trim()} brotli in ${all.length} files`);
    }
    await context.close();
  }
  // Each other language's first load: its own page (which carries its words), then the same files as English's.
  const languages = readdirSync('dist').filter((n) => /^[a-z]{2}(-[A-Z]{2})?$/.test(n)).sort();
  for (const tag of languages) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: tag });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${tag}/`);
    await page.waitForFunction(() => {
      const value = document.querySelector('[data-metric="cpc"] .value')?.textContent;
      return value && value !== '…';
    });
    const files = await page.evaluate(() => {
      const now = performance.now();
      return [...new Set([location.pathname, ...performance.getEntriesByType('resource').filter((e) => e.responseEnd <= now).map((e) => new URL(e.name).pathname)])];
    });
    const own = brotliOf([`/${tag}/`]);
    console.log(`first load in ${tag}: ${kB(brotliOf(files)).trim()} brotli in ${files.length} files (its page ${kB(own).trim()}, English's ${kB(brotliOf(['/'])).trim()})`);
    await context.close();
  }
  console.log(`load: median ${median(loads).toFixed(0)} ms from navigation to the first correct metric ` +
    `(${LOADS} cold loads, min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)})`);

  // The same on a slow phone network: Chrome DevTools' slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4×
  // slower CPU; until the first correct metric, and until a value typed then is answered.
  const slow = [];
  const answered = [];
  for (let i = 0; i < SLOW_LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await slow4g(page);
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05', null, { timeout: 60000 });
    slow.push(Date.now() - start);
    await page.locator('#clicks').fill('4000');
    await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.03');
    answered.push(Date.now() - start);
    await context.close();
  }
  console.log(`slow 4G: median ${median(slow).toFixed(0)} ms to the first correct metric, ${median(answered).toFixed(0)} ms ` +
    `until a value typed then is answered (${SLOW_LOADS} cold loads, brotli served)`);

  // First open of each section on slow 4G, once the idle prefetch has fetched the chunks; and of the first section
  // when its chunk is fetched on demand (the prefetch is held back until the click).
  for (const prefetched of [true, false]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await slow4g(page);
    let release = () => {};
    const gate = new Promise((resolve) => (release = resolve));
    if (!prefetched) {
      await page.route(/(split_|chunk_)[^/]*\.wasm$/, async (route) => {
        await gate;
        await route.continue();
      });
    }
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05', null, { timeout: 60000 });
    if (prefetched) {
      await page.waitForSelector('#scenarios-heading', { timeout: 60000 });
      await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('split_')).length >= 5, null, { timeout: 60000 });
      await page.waitForTimeout(1000);
    }
    const opens = [];
    for (const [title, ready] of prefetched ? SECTIONS : SECTIONS.slice(0, 1)) {
      const start = Date.now();
      release();
      await page.getByText(title, { exact: true }).click();
      await page.waitForSelector(ready, { timeout: 60000 });
      opens.push(`${title.split(':')[0]} ${Date.now() - start} ms`);
    }
    console.log(`first open on slow 4G, ${prefetched ? 'after the idle prefetch' : 'its chunk fetched on demand'}: ${opens.join(', ')}`);
    await context.close();
  }

  // A repeat visit with the network off: served by the service worker's cache; from navigation to the first correct
  // metric, measured in the page as for the cold loads.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(firstMetric);
    await page.goto(`http://127.0.0.1:${port}/`);
    for (let i = 0; i < 100 && !(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active)); i++) {
      await page.waitForTimeout(200);
    }
    await context.setOffline(true);
    const offline = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      offline.push(await page.evaluate(() => window.__firstMetric));
    }
    console.log(`repeat visit offline: median ${median(offline).toFixed(0)} ms from navigation to the first correct ` +
      `metric (${LOADS} reloads, min ${Math.min(...offline).toFixed(0)}, max ${Math.max(...offline).toFixed(0)})`);
    await context.close();
  }

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
    await page.waitForSelector('#scenarios-heading');
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

  // Compare: with the 1,000 scenarios above stored, three picked, then the time from picking a fourth to the table,
  // the chart and the four funnels on screen.
  await page.click('.compare-panel summary');
  await page.waitForSelector('.pick input');
  const compareTimes = [];
  for (let run = 0; run < LIST_RUNS; run++) {
    compareTimes.push(
      await page.evaluate(async () => {
        const boxes = [...document.querySelectorAll('.pick input')];
        for (const box of boxes) if (box.checked) box.click();
        for (const box of boxes.slice(0, 3)) box.click();
        await new Promise((r) => setTimeout(r, 100));
        const shown = () =>
          document.querySelectorAll('.side-by-side thead th').length === 5 && document.querySelectorAll('.funnel').length === 4;
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (shown()) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.querySelector('.compare-panel'), { subtree: true, childList: true, characterData: true });
        });
        const start = performance.now();
        boxes[3].click();
        return (await done) - start;
      }),
    );
  }
  console.log(`compare: median ${median(compareTimes).toFixed(1)} ms from picking a fourth of ${SCENARIOS} saved scenarios ` +
    `to the comparison, its chart and four funnels on screen (${LIST_RUNS} runs, max ${Math.max(...compareTimes).toFixed(1)})`);

  // Import: a generated export of 7,000 rows × 13 columns (140 campaigns) and one of 300 rows × 850 columns, the
  // same shapes as the core's native timing test; from choosing the file to its preview on screen (the chunk is
  // loaded first, so only reading, grouping, checking and drawing are timed).
  const tall = ['\ufeffCampaign name,Cost,Impressions,Clicks (destination),Conversions,CPC (destination),CPM,CTR (destination),Cost per conversion,Net cost,Currency,By Day,Ad group name'];
  for (let i = 0; i < 7000; i++) {
    const cost = (1000 + i) / 100, imp = 1000 + i, clk = 10 + (i % 50), conv = i % 7;
    const r = (n, d) => (d === 0 ? '0' : (Math.round((n / d) * 100) / 100).toFixed(2));
    tall.push([`Campaign ${i % 140}`, cost.toFixed(2), imp, clk, conv, r(cost, clk), r(cost * 1000, imp), r(clk * 100, imp),
      r(cost, conv), (cost / 2).toFixed(3), 'USD', `2026-04-${String(1 + (i % 28)).padStart(2, '0')}`, `Group ${i % 3}`].join(','));
  }
  const wide = [['Campaign name,Cost,Impressions,Clicks (destination),Conversions', ...Array.from({ length: 845 }, (_, c) => `Metric ${c + 5}`)].join(',')];
  for (let r = 0; r < 300; r++) {
    wide.push([`Campaign ${r % 20}`, `${r}.5`, 1000 + r, r, r % 3, ...Array.from({ length: 845 }, (_, c) => (c + 5) * r)].join(','));
  }
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05');
  await page.click('details.import-panel summary');
  await page.waitForSelector('.import-panel input[type=file]');
  const importTimes = {};
  for (const [name, text] of [['tall.csv', tall.join('\n')], ['wide.csv', wide.join('\n')]]) {
    importTimes[name] = [];
    for (let run = 0; run < 3; run++) {
      importTimes[name].push(
        await page.evaluate(
          async ({ name, text }) => {
            const input = document.querySelector('.import-panel input[type=file]');
            // A different file first clears the preview, so each run draws it anew.
            const swap = new DataTransfer();
            swap.items.add(new File(['not a report'], 'empty.csv', { type: 'text/csv' }));
            input.files = swap.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            await new Promise((r) => setTimeout(r, 300));
            const files = new DataTransfer();
            files.items.add(new File([text], name, { type: 'text/csv' }));
            const shown = new Promise((resolve) => {
              const observer = new MutationObserver(() => {
                if (document.querySelector('.import-preview [data-note="found"]')) {
                  observer.disconnect();
                  resolve(performance.now());
                }
              });
              observer.observe(document.querySelector('.import-panel'), { subtree: true, childList: true });
            });
            const start = performance.now();
            input.files = files.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            return (await shown) - start;
          },
          { name, text },
        ),
      );
    }
  }
  console.log(`import: median ${median(importTimes['tall.csv']).toFixed(0)} ms from choosing a 7,000-row × 13-column export ` +
    `(${(tall.join('\n').length / 1e6).toFixed(2)} MB) to its preview, ${median(importTimes['wide.csv']).toFixed(0)} ms for 300 rows × 850 ` +
    `columns (${(wide.join('\n').length / 1e6).toFixed(2)} MB); 3 runs each`);
} finally {
  await browser.close();
  server.kill();
}
