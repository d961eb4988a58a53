// Prints the static skeleton for index.html from the app as it renders: run `make build`, then
// `node scripts/print-skeleton.mjs` and paste the output inside <div id="app"> in index.html.
// The end-to-end test "the skeleton matches the app" fails whenever the two drift apart.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const port = 4199;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await sleep(500);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('[data-metric] .value');
  // The saved-scenarios panel is a chunk of its own, loaded right after start: the skeleton shows it as it will be.
  await page.waitForSelector('#scenarios-heading');
  const html = await page.evaluate(() => {
    const app = document.getElementById('app').cloneNode(true);
    // Fields carry their starting text as attributes; results wait for the wasm ("…" keeps the row height).
    for (const input of app.querySelectorAll('input')) input.setAttribute('value', document.getElementById(input.id).value);
    for (const option of app.querySelectorAll('option')) option.toggleAttribute('selected', option.value === document.getElementById('currency').value);
    for (const value of app.querySelectorAll('.metric .value, .answer-bar b')) value.textContent = '…';
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.remove());
    return app.innerHTML;
  });
  console.log(html.replace(/></g, '>\n<'));
} finally {
  await browser.close();
  server.kill();
}
