import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.AMENDO_E2E_PORT ?? 3999);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: no Playwright browser download is possible on the build machines.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    browserName: 'chromium',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Builds whatever is missing (API and this web app), then serves both on PORT.
    command: 'node tools/start.mjs',
    cwd: '../..',
    url: `${baseURL}/healthz`,
    env: {
      PORT: String(port),
      AMENDO_DEMO: '1',
      AMENDO_RATE_LIMITS: 'off',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    timeout: 180_000,
    reuseExistingServer: false,
    stderr: 'pipe',
  },
});
