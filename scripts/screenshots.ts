/**
 * Screenshots of the explorer at projector, laptop and phone sizes, for review and the README:
 * `npx tsx scripts/screenshots.ts` builds, starts `vite preview` on a free port (or uses
 * BASE_URL when set), and writes PNGs to screenshots/ (git-ignored).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import type { Dataset } from '../src/lib/types.ts';

const PORT = Number(process.env.PORT ?? 4180);
const OUT = 'screenshots';
const only = process.env.SCENES?.split(',');
const ALL_SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '390x844', width: 390, height: 844 },
];
// SIZES=1024x768,390x844 limits the run to those sizes.
const onlySizes = process.env.SIZES?.split(',');
const SIZES = ALL_SIZES.filter((s) => !onlySizes || onlySizes.includes(s.name));

/** What to show, as a URL query, plus optional steps after load. */
const SCENES: {
  name: string;
  query: string;
  dark?: boolean;
  /** Steps after load; a page returned (another window) is the one shot. */
  then?: (page: Page) => Promise<Page | void>;
}[] = [
  { name: 'default', query: '' },
  { name: 'node', query: '?node=world-uyghur-congress' },
  { name: 'document', query: '', then: openFirstExcerpt },
  { name: 'diaspora', query: '?group=diaspora' },
  { name: 'dark', query: '?node=amnesty-international', dark: true },
  { name: 'list', query: '?view=list' },
  { name: 'list-node', query: '?view=list&node=world-uyghur-congress' },
  { name: 'drop', query: '?node=world-uyghur-congress', then: dragFileOver },
  { name: 'issues', query: '?node=world-uyghur-congress', then: openBrokenFile },
  { name: 'story', query: '?story=report-released' },
  { name: 'story-diaspora', query: '?story=diaspora-signatories' },
  { name: 'story-dark', query: '?story=open-letter', dark: true },
  { name: 'timeline', query: '?asof=2022-04-19' },
  { name: 'present', query: '?present=1' },
  { name: 'present-story', query: '?present=1&story=china-rejects' },
  { name: 'present-controls', query: '?present=1&story=china-rejects', then: showControls },
  { name: 'filtered', query: '?group=diaspora&region=Europe' },
  { name: 'story-signatories', query: '?story=diaspora-signatories' },
  { name: 'story-last', query: '?story=diaspora-not-enough' },
  { name: 'talk', query: '', then: writeTalk },
  { name: 'console', query: '', then: openConsole },
  { name: 'present-node', query: '?present=1&node=world-uyghur-congress' },
  { name: 'present-contrast', query: '?present=1&node=michelle-bachelet', then: highContrast },
  { name: 'anon', query: '?anon=1&node=michelle-bachelet' },
  { name: 'export-menu', query: '?group=diaspora', then: openExportMenu },
  { name: 'two-letters', query: '', then: openTwoLetters },
  { name: 'embed', query: '?embed=1' },
  { name: 'embed-node', query: '?embed=1&node=world-uyghur-congress' },
];

/** Another coalition's file of two letters, a signer of both selected: the wording it gets. */
async function openTwoLetters(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles('tests/fixtures/two-letters.json');
  await page.locator('[data-id="river-friends"]').click();
  await page.locator('.node-panel').waitFor();
}

/** Presenter view with the app's controls brought back. */
async function showControls(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Controls' }).click();
}

/** Presenter view's high-contrast theme. */
async function highContrast(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'High contrast' }).click();
}

/** The "Share & export" menu, open. */
async function openExportMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share & export' }).click();
  await page.getByRole('menu').waitFor();
}

/** A file dragged over the window: the drop overlay. */
async function dragFileOver(page: Page): Promise<void> {
  await page.evaluate(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['{}'], 'other.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer, cancelable: true }));
  });
  await page.getByTestId('drop-overlay').waitFor();
}

/** A file that does not fit (a wrong kind, a dangling link, a wrong quote): the issue list. */
async function openBrokenFile(page: Page): Promise<void> {
  const d = JSON.parse(readFileSync('data/examples/minimal.json', 'utf8')) as Dataset;
  (d.nodes[2] as { kind: string }).kind = 'agency';
  d.links[1]!.target = 'ghost';
  d.nodes[1]!.citations[1]!.quote = 'Example Uyghur Association of Finland';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  const buffer = Buffer.from(JSON.stringify(d));
  await (
    await chooser
  ).setFiles({ name: 'colleague-map.json', mimeType: 'application/json', buffer });
  await page.getByRole('dialog').waitFor();
}

async function openFirstExcerpt(page: Page): Promise<void> {
  await page.goto(page.url().replace(/\?.*$/, '') + '?node=world-uyghur-congress');
  await page.getByRole('button', { name: 'Open in document' }).last().click();
  await page.getByTestId('passage').waitFor();
}

/** The story editor with a two-step talk, its second step open and a passage cited. */
async function writeTalk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your talk' }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Title of the talk' }).fill('Briefing for MPs');
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('192 signatories');
  // Saved before the page is left: a write begun as the page goes may not land.
  await page.getByText('Saved in this browser').waitFor();
  await page.goto(page.url().replace(/\?.*$/, '') + '?node=world-uyghur-congress');
  await page.getByRole('button', { name: 'Your talk' }).click();
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The World Uyghur Congress');
  await page
    .getByRole('textbox', { name: /^Caption/ })
    .fill('Based in Munich, it signed the letter.\n\nIt later called for a commission of inquiry.');
  await page.getByRole('textbox', { name: /^Speaker notes/ }).fill('Point at the node; wait.');
  await page.getByRole('button', { name: 'Open in document' }).last().click();
  await page.getByRole('button', { name: 'Cite in step' }).click();
  await page.getByTestId('cite-status').waitFor();
}

/** The presenter console beside the talk written by `writeTalk`, at its second step. */
async function openConsole(page: Page): Promise<Page> {
  await writeTalk(page);
  const opening = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open presenter console' }).click();
  const console = await opening;
  await console.setViewportSize(page.viewportSize() ?? { width: 1366, height: 768 });
  await console.getByTestId('presenter-console').waitFor();
  // Step 1 on screen (its view selects nothing, so no sheet covers a phone's editor).
  await page.getByRole('button', { name: 'Play from the start' }).click();
  await console.getByText('Step 1 of 2').waitFor();
  return console;
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
      // SCENES=drop,issues limits the run to those scenes.
      for (const scene of SCENES.filter((sc) => !only || only.includes(sc.name))) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.width < 500 ? 2 : 1,
          colorScheme: scene.dark ? 'dark' : 'light',
        });
        const page = await context.newPage();
        await page.goto(base + scene.query);
        await page.locator('svg[role="group"], table').first().waitFor();
        // Not the prerendered picture of a plain address (src/prerender): the app itself.
        await page.waitForFunction(
          () =>
            performance.getEntriesByName('graph:live').length > 0 ||
            document.querySelector('table') !== null,
        );
        const shot = (scene.then ? await scene.then(page) : null) ?? page;
        await shot.waitForTimeout(600);
        const file = `${OUT}/${size.name}-${scene.name}.png`;
        await shot.screenshot({ path: file });
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
