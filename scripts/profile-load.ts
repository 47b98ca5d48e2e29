/**
 * `npm run profile -- --size 5000`: where the main thread goes while a synthetic dataset opens,
 * from navigation to the layout settled. Prints the marks, every long task (over 50 ms) and the
 * app's functions by time inside them (a CPU profile of the page). Build unminified first to
 * read the names: `npx vite build --minify false` (this script serves whatever `dist/` holds).
 * `--interact` then runs the bench's inputs (keystrokes, filter, pan, zoom, hover, select) and
 * prints, for each kind, the bench's figure and the functions that took its time.
 * `BETWEEN=dataset:fetched,dataset:checked,graph:live` prints the same between those marks.
 * BENCH_PORT (default 4317) and the port after it are used.
 */
import { chromium } from 'playwright-core';
import { interact, startDataServer, type SizeRow } from './bench-sizes.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { filesOf, serveGzipped } from './serve-gzipped.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4317);
const args = process.argv.slice(2);
const size = Number(args[args.indexOf('--size') + 1] ?? 5000) || 5000;
const query = args.includes('--built-in')
  ? ''
  : `?data=http://127.0.0.1:${PORT + 1}/synthetic-${size}.json`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const app = await serveGzipped(PORT, filesOf('dist'));
const data = await startDataServer(PORT + 1, [size]);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript({
    // `__name`: see bench.ts (tsx wraps functions handed to page.evaluate).
    content: `globalThis.__name = (f) => f;
globalThis.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // COUNT=name,name: how many times those functions ran (precise coverage counts calls).
  const counted = (process.env.COUNT ?? '').split(',').filter(Boolean);
  if (counted.length > 0)
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.goto(`http://localhost:${PORT}/${query}`);
  for (let waited = 0; waited < 120_000; waited += 250) {
    const done = await page.evaluate(
      () =>
        performance.getEntriesByName('layout:settled').length +
        performance.getEntriesByName('search:ready').length,
    );
    // EARLY=1: as the bench does, interact once search is ready, the layout maybe still running.
    if (done >= (size >= 600 && !process.env.EARLY ? 2 : 1)) break;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(1500);
  const row: Partial<SizeRow> = {};
  if (args.includes('--interact')) {
    await interact(
      page,
      args.includes('--built-in') ? 'amnesty internatonal' : 'riverton fre voices',
      row,
      (name) => page.evaluate((n) => void performance.mark(`phase:${n}`), name),
    );
  }
  // A function found by name in the samples ties the profile's clock to performance.now().
  const syncAt = await page.evaluate(`(function __profileSync() {
    const t = performance.now();
    while (performance.now() - t < 5);
    return t;
  })()`);
  if (counted.length > 0) {
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    for (const script of result)
      for (const fn of script.functions)
        if (counted.includes(fn.functionName))
          console.log(`calls ${fn.functionName}: ${fn.ranges[0]?.count ?? 0}`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const { marks, tasks } = await page.evaluate(() => ({
    marks: performance
      .getEntriesByType('mark')
      .map((m) => [m.name, Math.round(m.startTime)] as const),
    tasks: (globalThis as unknown as { __longTasks: [number, number][] }).__longTasks,
  }));
  console.log('marks:', marks.map(([n, t]) => `${n} ${t}`).join(', '));
  console.log('long tasks (start ms, duration ms):');
  for (const [s, d] of tasks) console.log(`  ${Math.round(s)}\t${Math.round(d)}`);
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of deltas) times.push((t += d) / 1000);
  const stack = (i: number) => {
    const out: string[] = [];
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      out.push(label(nodes.get(id)!));
    }
    return out;
  };
  const sync = samples.findIndex((_, i) => stack(i).some((l) => l.startsWith('__profileSync')));
  const offset = sync < 0 ? NaN : times[sync]! - (syncAt as number);
  /** Inclusive and self ms per function over the samples in [from, to) (page clock, ms). */
  function tally(from: number, to: number) {
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length; i++) {
      const at = times[i]! - offset;
      if (!(at >= from && at < to)) continue;
      const dt = (deltas[i + 1] ?? 0) / 1000;
      const s = stack(i);
      self.set(s[0]!, (self.get(s[0]!) ?? 0) + dt);
      for (const key of new Set(s)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
    return { inclusive, self };
  }
  const RUNTIME =
    /^(update_|execute_|run_|flush|#|create_effect|branch|block|get\$1|is_dirty|ensure|\(anonymous\)|if_block|each|create_item|key |component_root|boundary|Boundary|mount|_mount|consequent|alternate)/;
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !k.startsWith('(') && !RUNTIME.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(0).padStart(6)}  ${k}`)
      .join('\n');
  const n = Number(process.env.TOP ?? 20);
  const phases = marks.filter(([name]) => name.startsWith('phase:'));
  for (const [i, [name, start]] of phases.entries()) {
    const end = phases[i + 1]?.[1];
    if (end === undefined) break;
    const figure = row[name.slice(6) as keyof SizeRow];
    console.log(
      `${name.slice(6)}: ${typeof figure === 'number' ? figure.toFixed(1) : '—'} (bench figure); ${end - start} ms in all: inclusive`,
    );
    const { inclusive, self } = tally(start, end);
    console.log(top(inclusive, n));
    console.log('  self');
    console.log(top(self, 8));
  }
  // BETWEEN=a,b,c: what ran between consecutive marks of the page (the load's own, or marks
  // added while investigating), with the time the main thread was idle or in the browser.
  const between = (process.env.BETWEEN ?? '').split(',').filter(Boolean);
  for (let i = 0; i + 1 < between.length; i++) {
    const at = (name: string) => marks.find(([m]) => m === name)?.[1] ?? NaN;
    const [from, to] = [at(between[i]!), at(between[i + 1]!)];
    const { inclusive, self } = tally(from, to);
    const idle = (self.get('(idle) :0') ?? 0) + (self.get('(program) :0') ?? 0);
    console.log(
      `${between[i]} → ${between[i + 1]}: ${to - from} ms, idle or browser ${idle.toFixed(0)}`,
    );
    console.log(top(inclusive, n));
    console.log('  self');
    console.log(top(self, 8));
  }
  for (const [s, d] of tasks.filter(([, d]) => d >= 50)) {
    const { inclusive, self } = tally(s, s + d);
    console.log(`task at ${Math.round(s)} ms, ${Math.round(d)} ms: inclusive`);
    console.log(top(inclusive, n));
    console.log('  self');
    console.log(top(self, 8));
  }
} finally {
  await browser.close();
  data.close();
  app.close();
}
