import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [,, url, selector, out, width = '390', scheme = 'light', locale = 'en-US'] = process.argv;
const server = spawn('python3', ['scripts/serve.py', '4399', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme, locale });
  await page.goto('http://127.0.0.1:4399' + url);
  await page.waitForSelector('[data-metric="cpc"] .value');
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1200);
  await el.screenshot({ path: out });
} finally { await browser.close(); server.kill(); }
