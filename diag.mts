import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
const PORT = 5315;
const server = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', `${PORT}`, '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());
for (let i = 0; i < 6; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await ctx.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await ctx.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const e = (n: string) => performance.getEntriesByName(n)[0]?.startTime.toFixed(0);
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const js = res.find((x) => /index-.*\.js$/.test(x.name));
    const css = res.find((x) => /\.css$/.test(x.name));
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { fp: e('first-paint'), fcp: e('first-contentful-paint'), ff: e('graph:first-frame'), live: e('graph:live'), fetched: e('dataset:fetched'),
      html: nav.responseEnd.toFixed(0), dcl: nav.domContentLoadedEventStart.toFixed(0), css: css?.responseEnd.toFixed(0), js: js?.responseEnd.toFixed(0) };
  });
  console.log(JSON.stringify(r));
  await ctx.close();
}
await browser.close(); server.kill();
