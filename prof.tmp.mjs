import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--no-first-run','--disable-quic'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4180/');
await page.waitForFunction(() => document.querySelector('[data-metric="cpc"] .value')?.textContent === '$0.05');
const doc = JSON.stringify({ version: 1, scenarios: Array.from({ length: 1000 }, (_, i) => ({ id: `b-${i}`, name: `Campaign ${i}`, currency: 'USD', credits: '100.25', impressions: 40000 + i, clicks: 900, conversions: 20, created: 1764000000000 + i, updated: 1764000000000 + i })) });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
const t = await page.evaluate(async (text) => { localStorage.setItem('adcredit.scenarios', text); const s = performance.now(); window.dispatchEvent(new StorageEvent('storage', { key: 'adcredit.scenarios' })); await new Promise(r => setTimeout(r, 0)); return performance.now() - s; }, doc);
const { profile } = await cdp.send('Profiler.stop');
console.log('elapsed', t.toFixed(1));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, us] of counts) { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; const key = k.startsWith('$') || k.includes('wasm-function') ? 'wasm' : k; self.set(key, (self.get(key) || 0) + us); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
