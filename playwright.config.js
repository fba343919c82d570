// Browser tests drive the release build (dist/) in Debian's headless Chromium.
import { defineConfig } from '@playwright/test';

// PW_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Serves dist/ with every unknown path answered by index.html, as a static host for the app must.
    command: `sirv dist --single --port ${port} --host 127.0.0.1 --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
