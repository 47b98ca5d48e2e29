/**
 * How this project starts Debian's Chromium, in one place for the e2e tests
 * (playwright.config.ts), the benchmark and the screenshot script. Playwright never downloads a
 * browser here; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and no background traffic: this closed network refuses Google's hosts. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for playwright-core or @playwright/test; throws how to install when missing. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH); these tools do not download browsers.',
    );
  }
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
}
