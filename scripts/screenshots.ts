/**
 * Screenshots of the explorer at projector, laptop and phone sizes, for review and the README:
 * `npx tsx scripts/screenshots.ts` builds, starts `vite preview` on a free port (or uses
 * BASE_URL when set), and writes PNGs to screenshots/ (git-ignored).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';

const PORT = Number(process.env.PORT ?? 4180);
const OUT = 'screenshots';
const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '390x844', width: 390, height: 844 },
];

/** What to show, as a URL query, plus optional steps after load. */
const SCENES: {
  name: string;
  query: string;
  dark?: boolean;
  then?: (page: Page) => Promise<void>;
}[] = [
  { name: 'default', query: '' },
  { name: 'node', query: '?node=world-uyghur-congress' },
  { name: 'document', query: '', then: openFirstExcerpt },
  { name: 'diaspora', query: '?group=diaspora' },
  { name: 'dark', query: '?node=amnesty-international', dark: true },
  { name: 'list', query: '?view=list' },
];

async function openFirstExcerpt(page: Page): Promise<void> {
  await page.goto(page.url().replace(/\?.*$/, '') + '?node=world-uyghur-congress');
  await page.getByRole('button', { name: 'Open in document' }).last().click();
  await page.getByTestId('passage').waitFor();
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  let base = process.env.BASE_URL;
  if (!base) {
    await new Promise<void>((resolve, reject) => {
      const build = spawn('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
      build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
    });
    server = spawn(
      'node',
      ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
      {
        stdio: 'ignore',
      },
    );
    base = `http://localhost:${PORT}/`;
    await waitForServer(base);
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const size of SIZES) {
      for (const scene of SCENES) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.width < 500 ? 2 : 1,
          colorScheme: scene.dark ? 'dark' : 'light',
        });
        const page = await context.newPage();
        await page.goto(base + scene.query);
        await page.locator('svg[role="group"], table').first().waitFor();
        if (scene.then) await scene.then(page);
        await page.waitForTimeout(600);
        const file = `${OUT}/${size.name}-${scene.name}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
