/**
 * End-to-end tests in the system's Chromium (never downloaded): Playwright builds the app and
 * owns the `vite preview` server. CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

// E2E_PORT lets two runs share a machine (each builds and serves its own preview).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry on CI, as Playwright's own template does; a test that needs it is a bug to fix.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1366, height: 768 },
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npm run build && node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
