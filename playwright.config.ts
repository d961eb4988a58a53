import { defineConfig } from '@playwright/test';

// End-to-end tests run against the release build in dist/ (built by `make test` first), served as static files
// with the headers a host should send (scripts/serve.py: strict CSP, caching), in Debian's Chromium (Playwright's own browser download is not used).
// E2E_PORT moves the servers when another checkout on the machine is testing (the specs that name 4173/4174 expect the default).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    // The service worker would answer requests that tests route (late or failing chunks) from its cache; it is
    // allowed in tests/e2e/offline.spec.ts, which tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `python3 scripts/serve.py ${port} dist`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // Another origin: a host site that embeds the calculator (tests/e2e/embed.spec.ts).
      command: `python3 -m http.server ${port + 1} --bind 127.0.0.1 --directory tests/e2e/host`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
