/**
 * `npm run profile -- --size 5000`: where the main thread goes while a synthetic dataset opens,
 * from navigation to the layout settled. Prints the marks, every long task (over 50 ms) and the
 * app's functions by time inside them (a CPU profile of the page). Build unminified first to
 * read the names: `npx vite build --minify false` (this script serves whatever `dist/` holds).
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startDataServer } from './bench-sizes.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4317);
const args = process.argv.slice(2);
const size = Number(args[args.indexOf('--size') + 1] ?? 5000) || 5000;
const query = args.includes('--built-in') ? '' : `?data=http://127.0.0.1:${PORT + 1}/synthetic-${size}.json`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const preview = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const data = await startDataServer(PORT + 1, [size]);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  await new Promise((r) => setTimeout(r, 1500));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript({
    content: `globalThis.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`http://localhost:${PORT}/${query}`);
  for (let waited = 0; waited < 120_000; waited += 250) {
    const done = await page.evaluate(
      () =>
        performance.getEntriesByName('layout:settled').length +
        performance.getEntriesByName('search:ready').length,
    );
    if (done >= (size >= 600 ? 2 : 1)) break;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(1500);
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
  // Inclusive time per function (ms), counted once per sample even when recursive.
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = samples[i];
    const seen = new Set<string>();
    const leaf = nodes.get(id!)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    while (id !== undefined) {
      const key = label(nodes.get(id)!);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
      id = parent.get(id);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !k.startsWith('(') || k.startsWith('(anonymous)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)}  ${k}`)
      .join('\n');
  console.log('inclusive ms:\n' + top(inclusive, Number(process.env.TOP ?? 60)));
  console.log('self ms:\n' + top(self, 25));
} finally {
  await browser.close();
  data.close();
  preview.kill();
}
