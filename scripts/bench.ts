/**
 * `npm run bench`: speed figures for the issue's budgets, printed as a table (not a test: the
 * figures vary with the machine, so nothing here passes or fails except a broken page).
 *
 * In Node: layout and search on the real dataset. In headless Chromium against dist/, served
 * precompressed as a static host serves it (serve-gzipped.ts):
 * time to `graph:first-frame`, search keystroke and filter change (input → DOM updated and laid
 * out), frame times while panning, zooming and hovering, and typing in the talk editor. Then the
 * bundle's gzip weight. `--no-build` reuses dist/; `--no-sizes` skips the table of sizes.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { computeLayout } from '../src/lib/graph/layout.ts';
import { parseDataset } from '../src/lib/dataset/parse.ts';
import { createSearch } from '../src/lib/search/search.ts';
import { formatRows, measureRow, startDataServer, type SizeRow } from './bench-sizes.ts';
import { filesOf, serveGzipped } from './serve-gzipped.ts';
import { frames, inputToLayout, median, quantile } from './bench-page.ts';
import { benchTalk } from './bench-talk.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { cpuUntilMark, MARK_CATEGORIES } from './trace-tasks.ts';

/** BENCH_PORT lets two runs share a machine; the datasets are served on the port after it. */
const PORT = Number(process.env.BENCH_PORT ?? 4317);
const URL = `http://localhost:${PORT}/`;
const RUNS = 7;
/** Page loads timed: the machine is noisy (±40 ms between loads), so more than RUNS. */
const LOADS = 15;
/** Loads after those, traced for the main thread's CPU time to the first frame (not timed). */
const TRACED = 5;

const rows: [string, string, string][] = [];
const report = (what: string, figure: string, budget: string) => rows.push([what, figure, budget]);
const ms = (x: number) => `${x.toFixed(1)} ms`;

function timeIt(fn: () => void, runs: number): number[] {
  fn(); // warm-up: the first run pays for JIT compilation
  return Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });
}

function benchNode(): void {
  const ds = parseDataset(JSON.parse(readFileSync('data/coalition.json', 'utf8')));
  const layout = timeIt(() => computeLayout(ds), RUNS);
  report(`layout, ${ds.nodes.length} nodes (Node, median of ${RUNS})`, ms(median(layout)), '—');
  const search = createSearch(ds);
  const queries = [
    'amnesty internatonal',
    'federation euro-mediterraneenne',
    'omct',
    'munich',
    'u',
  ];
  const times = queries.flatMap((q) => timeIt(() => search(q, 12), 20));
  report('search query (Node, p95 of 100)', ms(quantile(times, 0.95)), '< 16 ms');
}

/**
 * `graph:first-frame` of the empty page (bench-sizes.ts), a load of its own: the floor. With
 * `trace`, also the main thread's CPU time until then (trace-tasks.ts), else NaN.
 */
async function emptyFirstFrame(
  browser: Browser,
  url: string,
  trace: boolean,
): Promise<{ ms: number; cpu: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  if (trace) await browser.startTracing(page, { categories: MARK_CATEGORIES });
  await page.goto(url);
  await page.waitForTimeout(300);
  await page.waitForFunction(() => performance.getEntriesByName('graph:first-frame').length > 0);
  const ms = await page.evaluate(
    () => performance.getEntriesByName('graph:first-frame')[0]!.startTime,
  );
  const cpu = trace ? cpuUntilMark(await browser.stopTracing(), 'graph:first-frame') : NaN;
  await context.close();
  return { ms, cpu };
}

async function benchBrowser(browser: Browser): Promise<void> {
  {
    const firstFrame: number[] = [];
    const settled: number[] = [];
    const live: number[] = [];
    const empty: number[] = [];
    const cpu: number[] = [];
    const emptyCpu: number[] = [];
    // The empty page's first frame, measured between the app's loads: the issue's target is a
    // ratio to it (the built-in graph within 2×), which holds on a shared machine.
    const emptyServer = await startDataServer(PORT + 1, []);
    const emptyUrl = `http://127.0.0.1:${PORT + 1}/empty.html`;
    for (let i = 0; i < LOADS + TRACED; i++) {
      // A trace slows the page down: the traced loads give CPU times, not first frames.
      const traced = i >= LOADS;
      const floor = await emptyFirstFrame(browser, emptyUrl, traced);
      if (traced) emptyCpu.push(floor.cpu);
      else empty.push(floor.ms);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      if (traced) await browser.startTracing(page, { categories: MARK_CATEGORIES });
      await page.goto(URL);
      // Wait from Node, not with waitForFunction: that compiles and runs Playwright's injected
      // script in the page while it loads (~20–60 ms on this machine), delaying what we time.
      await page.waitForTimeout(1500);
      await page.waitForFunction(
        () => performance.getEntriesByName('graph:first-frame').length > 0,
      );
      const marks = await page.evaluate(() => ({
        first: performance.getEntriesByName('graph:first-frame')[0]!.startTime,
        settled: performance.getEntriesByName('graph:settled')[0]?.startTime ?? NaN,
        live: performance.getEntriesByName('graph:live')[0]?.startTime ?? NaN,
      }));
      if (traced) cpu.push(cpuUntilMark(await browser.stopTracing(), 'graph:first-frame'));
      else {
        firstFrame.push(marks.first);
        settled.push(marks.settled);
        live.push(marks.live);
      }
      await context.close();
    }
    emptyServer.close();
    report(`navigation → graph:settled (median of ${LOADS})`, ms(median(settled)), '—');
    report(
      `navigation → graph:first-frame (median / p90 / worst of ${LOADS})`,
      `${ms(median(firstFrame))} / ${ms(quantile(firstFrame, 0.9))} / ${ms(Math.max(...firstFrame))}`,
      '≤ 300 ms',
    );
    report(
      `empty page → graph:first-frame (median of ${LOADS}, loads between the app's)`,
      ms(median(empty)),
      '—',
    );
    report(
      'built-in first frame ÷ empty page (ratio of the medians)',
      `${(median(firstFrame) / median(empty)).toFixed(2)}×`,
      '≤ 2×',
    );
    report(
      `main-thread CPU to graph:first-frame, built-in · empty page (median of ${TRACED})`,
      `${ms(median(cpu))} · ${ms(median(emptyCpu))}`,
      '—',
    );
    report(
      `navigation → graph:live, the app mounted and interactive (median of ${LOADS})`,
      ms(median(live)),
      '—',
    );

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // tsx compiles this file with esbuild's keepNames, which wraps functions passed to
    // page.evaluate in a `__name` helper that the page does not have.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(URL);
    // The search index is built when the page is first idle (`search:ready`), not on load.
    await page.waitForFunction(() => performance.getEntriesByName('search:ready').length > 0);
    const ready = await page.evaluate(
      () => performance.getEntriesByName('search:ready')[0]!.startTime,
    );
    report('navigation → search index ready', ms(ready), '—');

    const query = 'amnesty internatonal';
    const keys: number[] = [];
    const typing = await frames(page, async () => {
      for (let i = 1; i <= query.length; i++) {
        keys.push(await inputToLayout(page, '[role="combobox"]', 'type', query.slice(0, i)));
        await page.waitForTimeout(40);
      }
    });
    report(
      `search keystroke → results laid out (p95 of ${keys.length})`,
      ms(quantile(keys, 0.95)),
      '≤ 16 ms',
    );
    report('frames while typing (p95)', ms(quantile(typing, 0.95)), '≤ 17 ms');
    await inputToLayout(page, '[role="combobox"]', 'type', '');
    await page.keyboard.press('Escape');

    const filterTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      // The first value of the first facet (Group: diaspora), on and off.
      filterTimes.push(
        await inputToLayout(page, '.filters .facet input[type="checkbox"]', 'click'),
      );
      await page.waitForTimeout(30);
    }
    report(
      `filter change → graph re-rendered (p95 of ${filterTimes.length})`,
      ms(quantile(filterTimes, 0.95)),
      '≤ 50 ms',
    );

    const box = (await page.locator('.graph svg').first().boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const pan = await frames(page, async () => {
      await page.mouse.move(box.x + 20, box.y + 20);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) {
        await page.mouse.move(box.x + 20 + i * 4, box.y + 20 + i * 2);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    });
    report('frames while panning (p95)', ms(quantile(pan, 0.95)), '≤ 17 ms');
    const zoom = await frames(page, async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, i < 20 ? -60 : 60);
        await page.waitForTimeout(16);
      }
    });
    report('frames while zooming (p95)', ms(quantile(zoom, 0.95)), '≤ 17 ms');
    const points = await page.locator('.node').evaluateAll((els) =>
      els.slice(0, 60).map((el) => {
        const r = el.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2] as const;
      }),
    );
    const hover = await frames(page, async () => {
      for (const [x, y] of points) {
        await page.mouse.move(x, y);
        await page.waitForTimeout(16);
      }
    });
    report(
      `frames while hovering ${points.length} nodes (p95)`,
      ms(quantile(hover, 0.95)),
      '≤ 17 ms',
    );
  }
  const talk = await benchTalk(browser, URL);
  report(
    `talk editor keystroke (title, caption, notes) → laid out (p95 of ${talk.keys.length})`,
    ms(quantile(talk.keys, 0.95)),
    '≤ 16 ms',
  );
  report(
    'frames while typing in the talk editor (p95)',
    ms(quantile(talk.frames, 0.95)),
    '≤ 17 ms',
  );
}

function benchBundle(): void {
  const dir = 'dist/assets';
  const files = readdirSync(dir);
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f))).length / 1024;
  const sum = (list: string[]) => list.reduce((s, f) => s + gz(f), 0);
  // What the page loads: the scripts index.html names (the app's modules are listed in an
  // attribute, quotes escaped), but for the Canvas path, which only a `?data=` page asks for
  // (`data-canvas`, src/prerender/ahead.ts). The rest (story, exports, the force simulation)
  // are chunks fetched on first use.
  const html = readFileSync('dist/index.html', 'utf8')
    .replace(/\sdata-canvas="[^"]*"/, '')
    .replaceAll('&quot;', '"');
  const named = new Set([...html.matchAll(/assets\/([^"']+\.js)/g)].map((m) => m[1]!));
  const js = files.filter((f) => f.endsWith('.js'));
  const initial = js.filter((f) => named.has(f));
  const lazy = js.filter((f) => !named.has(f));
  const css = sum(files.filter((f) => f.endsWith('.css')));
  const data = sum(files.filter((f) => f.endsWith('.json')));
  report('JS bundle loaded with the page (gzip)', `${sum(initial).toFixed(1)} KB`, '< 80 KB');
  report(
    'JS loaded on first use (gzip)',
    `${sum(lazy).toFixed(1)} KB in ${lazy.length} chunks: ${lazy.map((f) => f.replace(/-[\w-]{8}\.js$/, '')).join(', ')}`,
    '—',
  );
  report(
    'CSS (gzip) · dataset and layout (gzip)',
    `${css.toFixed(1)} KB · ${data.toFixed(1)} KB`,
    '—',
  );
  const offline = 'dist/offline/coalition-atlas.html';
  try {
    const size = statSync(offline).size / 1024;
    report(
      'offline single file (raw · gzip)',
      `${size.toFixed(0)} KB · ${(gzipSync(readFileSync(offline)).length / 1024).toFixed(0)} KB`,
      '—',
    );
  } catch {
    report('offline single file', 'not built', '—');
  }
}

/** `--size 5000 --size 250,1000` → [250, 1000, 5000]; null when none is given. */
function sizesAsked(argv: string[]): number[] | null {
  const out: number[] = [];
  argv.forEach((arg, i) => {
    const value = arg.startsWith('--size=') ? arg.slice(7) : arg === '--size' ? argv[i + 1] : null;
    if (value === null) return;
    for (const part of (value ?? '').split(',')) {
      const n = Number(part.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 10) {
        throw new Error(
          `bench: --size takes whole numbers of 10 or more (e.g. --size 5000), got "${part}"`,
        );
      }
      out.push(n);
    }
  });
  return out.length > 0 ? [...new Set(out)].sort((a, b) => a - b) : null;
}

/**
 * Untraced opens per row for its first frame: the ratios between rows are ratios of medians,
 * and with three opens on a machine that varies by ±40 % the built-in's row alone ran from
 * 75 to 129 ms in one session.
 */
const DEFAULT_LOADS = 5;

/** The issue's sizes: today's built-in scale, then 4×, 20× and 80× it. */
const DEFAULT_SIZES = [250, 1000, 5000, 20000];

async function benchSizes(browser: Browser, sizes: number[]): Promise<string> {
  const dataPort = PORT + 1;
  const data = await startDataServer(dataPort, sizes);
  try {
    const at = `http://127.0.0.1:${dataPort}`;
    const rows: SizeRow[] = [];
    const loads = Number(process.env.BENCH_LOADS ?? DEFAULT_LOADS);
    rows.push(
      await measureRow(browser, 'empty page', `${at}/empty.html`, {
        loads,
        query: null,
        timeoutMs: 10_000,
      }),
    );
    rows.push(
      await measureRow(browser, 'built-in (243)', URL, {
        loads,
        query: 'amnesty internatonal',
        timeoutMs: 30_000,
      }),
    );
    for (const n of sizes) {
      // A name from the middle of the list, typed with a typo as people do.
      const query = 'riverton fre voices';
      const url = `${URL}?data=${encodeURIComponent(`${at}/synthetic-${n}.json`)}`;
      process.stderr.write(`bench: ${n} nodes…\n`);
      rows.push(
        await measureRow(browser, `${n.toLocaleString('en')} nodes`, url, {
          loads,
          query,
          timeoutMs: 120_000,
        }),
      );
    }
    return formatRows(rows);
  } finally {
    data.close();
  }
}

async function main(): Promise<void> {
  const sizes = sizesAsked(process.argv.slice(2));
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
  if (sizes === null) {
    benchNode();
    benchBundle();
  }
  // The app as a static host serves it (serve-gzipped.ts), not `vite preview`.
  const server = await serveGzipped(PORT, filesOf('dist'));
  let table: string;
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      if (sizes === null) await benchBrowser(browser);
      table = process.argv.includes('--no-sizes')
        ? ''
        : await benchSizes(browser, sizes ?? DEFAULT_SIZES);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
  if (sizes === null) {
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join('  ');
    console.log(line(['measure', 'figure', 'budget']));
    console.log(w.map((n) => '-'.repeat(n)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('');
  }
  if (table === '') return;
  console.log(
    `Speed at every size (1366×768; first frame: median of ${process.env.BENCH_LOADS ?? DEFAULT_LOADS} untraced opens; ×E, ×B: ratio to the empty page, to the built-in dataset):`,
  );
  console.log(table);
}

await main();
