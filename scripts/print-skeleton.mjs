// Writes the static skeletons from the app as it renders: run `make build`, then `node scripts/print-skeleton.mjs`.
// English goes inside <div id="app"> in index.html; every other language (each page in dist/<tag>/) to
// static/skeleton/<tag>.html, which scripts/post-build.mjs puts into that language's pages (build again after).
// The end-to-end tests "the skeleton matches the app" fail whenever one drifts from the app.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const port = 4199;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await sleep(500);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'] });
const languages = readdirSync('static/l10n').filter((n) => n.endsWith('.txt') && n !== 'en.txt').map((n) => n.slice(0, -4));
try {
  for (const tag of ['en', ...languages]) {
    if (tag !== 'en' && !existsSync(`dist/${tag}/index.html`)) throw new Error(`dist/${tag}/ is missing: run make build first`);
    // The visitor's browser speaks the page's language, so nothing redirects and numbers are that language's.
    const context = await browser.newContext({ locale: tag === 'en' ? 'en-US' : tag });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${tag === 'en' ? '' : `${tag}/`}`);
    await page.waitForSelector('[data-metric] .value');
    // The saved-scenarios panel is a chunk of its own, loaded right after start: the skeleton shows it as it will be.
    await page.waitForSelector('#scenarios-heading');
    const html = await page.evaluate(() => {
      const app = document.getElementById('app').cloneNode(true);
      // Fields carry their starting text as attributes; results wait for the wasm ("…" keeps the row height).
      for (const input of app.querySelectorAll('input')) input.setAttribute('value', document.getElementById(input.id).value);
      for (const select of app.querySelectorAll('select')) {
        const chosen = document.getElementById(select.id).value;
        for (const option of select.querySelectorAll('option')) option.toggleAttribute('selected', option.value === chosen);
      }
      for (const value of app.querySelectorAll('.metric .value, .answer-bar b')) value.textContent = '…';
      const walker = document.createTreeWalker(app, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      return app.innerHTML;
    });
    const skeleton = html.replace(/></g, '>\n<');
    if (tag === 'en') {
      const index = readFileSync('index.html', 'utf8');
      const start = index.indexOf('<div id="app">') + '<div id="app">'.length;
      const end = index.lastIndexOf('</div>', index.indexOf('</body>'));
      writeFileSync('index.html', `${index.slice(0, start)}\n${skeleton.replace(/^/gm, '      ')}\n    ${index.slice(end)}`);
    } else {
      mkdirSync('static/skeleton', { recursive: true });
      writeFileSync(`static/skeleton/${tag}.html`, `${skeleton}\n`);
    }
    console.log(`wrote the ${tag} skeleton`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
