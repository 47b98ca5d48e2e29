/**
 * The speed-at-every-size table of `npm run bench` (issue 10): synthetic datasets of the sizes
 * asked for (src/lib/synthetic, seeded), served on loopback and opened with `?data=URL`, beside
 * two reference rows measured in the same run: an empty page that marks `graph:first-frame`
 * after two frames (the floor), and the built-in dataset. First frames are given as ratios to
 * both references, since the machine is shared and only ratios within one run hold.
 */
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateDataset } from '../src/lib/synthetic/generate.ts';
import { serveGzipped } from './serve-gzipped.ts';
import { frames, inputToLayout, quantile, median } from './bench-page.ts';
import { mainThreadTasks, TASK_CATEGORIES } from './trace-tasks.ts';

/** The floor: what a page costs the browser before it has drawn anything of ours. */
const EMPTY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>empty</title></head>
<body><script>requestAnimationFrame(() => requestAnimationFrame(() =>
performance.mark('graph:first-frame')));</script></body></html>`;

/** Long tasks from navigation on, collected by the page itself (buffered: none is missed). */
const OBSERVE_LONG_TASKS = `globalThis.__name = (f) => f;
globalThis.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}`;

export interface SizeRow {
  name: string;
  firstFrame: number[];
  reopen: number | null;
  longestTask: number;
  /** The longest task's main-thread CPU time (trace-tasks.ts), first open only. */
  longestCpu: number;
  framed: boolean | null;
  pan?: number;
  zoom?: number;
  hover?: number;
  select?: number;
  keystroke?: number;
  filter?: number;
  heapMb: number;
  /**
   * The longest main-thread task's CPU time while hovering, selecting, typing and filtering
   * (a trace per kind of input): what the page asked of the main thread, where the wall times
   * above are mostly waiting for a core on a shared machine.
   */
  inputCpu?: Partial<Record<'hover' | 'select' | 'keystroke' | 'filter', number>>;
}

/** The datasets and the empty page, served as the app is (serve-gzipped.ts), to other origins. */
export async function startDataServer(port: number, sizes: number[]): Promise<Server> {
  const files = new Map<string, Buffer>([['/empty.html', Buffer.from(EMPTY_PAGE)]]);
  for (const n of sizes) {
    files.set(
      `/synthetic-${n}.json`,
      Buffer.from(JSON.stringify(generateDataset({ nodes: n, seed: 1 }))),
    );
  }
  return serveGzipped(port, files);
}

async function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
  // Polled from Node, not with waitForFunction: that runs Playwright's injected script in the
  // page while it loads, delaying what we time.
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const t = await page
      .evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name)
      .catch(() => null);
    if (t !== null) return t;
    await page.waitForTimeout(100);
  }
  throw new Error(`bench: no ${name} mark within ${timeoutMs / 1000} s at ${page.url()}`);
}

/** Waits until the page has had no long task for a second, then returns the longest. */
async function longestTask(page: Page): Promise<number> {
  let seen = -1;
  for (let quiet = 0; quiet < 1000;) {
    await page.waitForTimeout(250);
    const n = await page.evaluate(
      () => (globalThis as { __longTasks?: unknown[] }).__longTasks?.length ?? 0,
    );
    quiet = n === seen ? quiet + 250 : 0;
    seen = n;
  }
  return page.evaluate(() => {
    const tasks = (globalThis as unknown as { __longTasks: [number, number][] }).__longTasks;
    return tasks.reduce((m, [, d]) => Math.max(m, d), 0);
  });
}

/**
 * Whether the whole graph is inside the graph's box on opening: every node's shape (SVG) and
 * whatever the canvas layer reports it drew (`data-bounds` on the canvas, in CSS pixels).
 */
async function framedOnOpening(page: Page): Promise<boolean | null> {
  return page.evaluate(() => {
    const box = document.querySelector('.graph')?.getBoundingClientRect();
    if (!box) return null;
    const inside = (r: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= box.left - 1 &&
      r.top >= box.top - 1 &&
      r.right <= box.right + 1 &&
      r.bottom <= box.bottom + 1;
    const canvas = document.querySelector<HTMLCanvasElement>('.graph canvas[data-bounds]');
    if (canvas) {
      const [left, top, right, bottom] = canvas.dataset.bounds!.split(',').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const c = canvas.getBoundingClientRect();
      if (
        !inside({
          left: c.left + left,
          top: c.top + top,
          right: c.left + right,
          bottom: c.top + bottom,
        })
      )
        return false;
    }
    return [...document.querySelectorAll('.graph .node')].every((el) => {
      const r = el.getBoundingClientRect();
      return r.width === 0 || inside(r);
    });
  });
}

async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

/**
 * Frame times and input latencies on a loaded graph. `phase` is called before each kind of
 * input (keystroke, filter, pan, zoom, hover, select) and at the end (`done`): the profile
 * (scripts/profile-load.ts `--interact`) marks them to say where each one's time went.
 */
export async function interact(
  page: Page,
  query: string,
  row: Partial<SizeRow>,
  phase: (name: string) => Promise<void> = async () => {},
): Promise<void> {
  const searchReady = await markTime(page, 'search:ready', 60_000).catch(() => null);
  if (searchReady !== null) {
    await phase('keystroke');
    const keys: number[] = [];
    for (let i = 1; i <= query.length; i++) {
      keys.push(await inputToLayout(page, '[role="combobox"]', 'type', query.slice(0, i)));
      await page.waitForTimeout(40);
    }
    row.keystroke = quantile(keys, 0.95);
    await inputToLayout(page, '[role="combobox"]', 'type', '');
    await page.keyboard.press('Escape');
  }
  const filter: number[] = [];
  await phase('filter');
  for (let i = 0; i < 6; i++) {
    filter.push(await inputToLayout(page, '.filters .facet input[type="checkbox"]', 'click'));
    await page.waitForTimeout(30);
  }
  row.filter = quantile(filter, 0.95);
  const box = (await page.locator('.graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await phase('pan');
  row.pan = quantile(
    await frames(page, async () => {
      await page.mouse.move(box.x + 20, box.y + 60);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) {
        await page.mouse.move(box.x + 20 + i * 4, box.y + 60 + i * 2);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    }),
    0.95,
  );
  await phase('zoom');
  row.zoom = quantile(
    await frames(page, async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, i < 15 ? -60 : 60);
        await page.waitForTimeout(16);
      }
    }),
    0.95,
  );
  const points = await page.locator('.graph .node').evaluateAll((els) =>
    els.slice(-30).map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    }),
  );
  await phase('hover');
  row.hover = quantile(
    await frames(page, async () => {
      for (const [x, y] of points) {
        await page.mouse.move(x, y);
        await page.waitForTimeout(16);
      }
    }),
    0.95,
  );
  const selects: number[] = [];
  await phase('select');
  for (let i = 0; i < 5; i++) {
    selects.push(await inputToLayout(page, `.graph .node:nth-last-of-type(${i + 1})`, 'click'));
    await page.keyboard.press('Escape');
    await page.waitForTimeout(30);
  }
  row.select = median(selects);
  await phase('done');
}

/**
 * One row: a traced open (the longest task's CPU time, framed on opening), then `loads` fresh
 * opens for the first frame and the longest task, a reopen, then the interactions. The traced
 * open's first frame is not among the medians: tracing slows the page it watches (at 5,000
 * actors ~10–15 %), and in a median of three opens it was one of the three.
 */
export async function measureRow(
  browser: Browser,
  name: string,
  url: string,
  opts: { loads: number; query: string | null; timeoutMs: number },
): Promise<SizeRow> {
  const row: SizeRow = {
    name,
    firstFrame: [],
    reopen: null,
    longestTask: 0,
    longestCpu: NaN,
    framed: null,
    heapMb: NaN,
  };
  for (let i = 0; i <= opts.loads; i++) {
    const traced = i === 0;
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript({ content: OBSERVE_LONG_TASKS });
    const page = await context.newPage();
    if (traced) await browser.startTracing(page, { categories: TASK_CATEGORIES });
    await page.goto(url);
    const firstFrame = await markTime(page, 'graph:first-frame', opts.timeoutMs);
    if (!traced) row.firstFrame.push(firstFrame);
    // The built-in page shows its prerendered graph first: measure the app once it is live.
    if (opts.query !== null) await markTime(page, 'graph:live', opts.timeoutMs);
    row.longestTask = Math.max(row.longestTask, await longestTask(page));
    if (traced) {
      const tasks = mainThreadTasks(await browser.stopTracing());
      row.longestCpu = Math.max(0, ...tasks.map((t) => t.cpu));
    }
    if (traced) row.framed = opts.query === null ? null : await framedOnOpening(page);
    const last = i === opts.loads;
    if (last && opts.query !== null) {
      // A second open in the same browser profile: what the layout store is for.
      await page.reload();
      row.reopen = await markTime(page, 'graph:first-frame', opts.timeoutMs);
      await markTime(page, 'graph:live', opts.timeoutMs);
      await longestTask(page);
      const cpu: NonNullable<SizeRow['inputCpu']> = {};
      let tracing: string | null = null;
      await interact(page, opts.query, row, async (name) => {
        if (tracing !== null) {
          const tasks = mainThreadTasks(await browser.stopTracing());
          if (tracing in INPUT_CPU)
            cpu[tracing as keyof typeof cpu] = Math.max(0, ...tasks.map((t) => t.cpu));
        }
        tracing = name in INPUT_CPU ? name : null;
        if (tracing !== null) await browser.startTracing(page, { categories: TASK_CATEGORIES });
      });
      row.inputCpu = cpu;
    }
    if (last) row.heapMb = await heapMb(context, page);
    await context.close();
  }
  return row;
}

/** The inputs whose longest task's CPU time is traced, in the table's order. */
const INPUT_CPU = { hover: 'h', select: 's', keystroke: 'k', filter: 'f' } as const;

/** The table, first frames as ratios to the empty page (×E) and the built-in dataset (×B). */
export function formatRows(rows: SizeRow[]): string {
  const [empty, builtIn] = rows.map((r) => median(r.firstFrame));
  const f = (x: number | undefined, digits = 1) =>
    x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits);
  const head = [
    'row',
    'first frame ms',
    '×E',
    '×B',
    'reopen ms',
    'longest task ms',
    'task CPU ms',
    'pan p95',
    'zoom p95',
    'hover p95',
    'select ms',
    'keystroke p95',
    'filter p95',
    'CPU ms h/s/k/f',
    'heap MB',
    'framed',
  ];
  const body = rows.map((r) => {
    const ff = median(r.firstFrame);
    return [
      r.name,
      f(ff, 0),
      f(ff / empty!, 1),
      f(ff / builtIn!, 1),
      r.reopen === null ? '—' : f(r.reopen, 0),
      f(r.longestTask, 0),
      f(r.longestCpu, 0),
      f(r.pan),
      f(r.zoom),
      f(r.hover),
      f(r.select),
      f(r.keystroke),
      f(r.filter),
      r.inputCpu === undefined
        ? '—'
        : (Object.keys(INPUT_CPU) as (keyof typeof INPUT_CPU)[])
            .map((k) => f(r.inputCpu?.[k], 0))
            .join('/'),
      f(r.heapMb, 0),
      r.framed === null ? '—' : r.framed ? 'yes' : 'NO',
    ];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)].join('\n');
}
