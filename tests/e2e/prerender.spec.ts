/**
 * The prerendered built-in page (src/prerender, scripts/prerender.ts): with a plain address the
 * graph is on screen before any script of the app has run, framed where the app draws it, and
 * the app replaces it with the same picture; any parameter in the address never shows it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ds } from './dataset.ts';
import { firstFrame, settledBoxes, type Box } from './ready.ts';

/** The hubs at the four corners of the picture and the letter at its heart. */
const IDS = ['open-letter-2022-03-08', 'china', 'ohchr', 'united-states', 'voa'];

/** The page with the app's own code refused: what shows is the HTML and its inline scripts. */
async function withoutApp(page: Page, path: string): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(path);
}

const marks = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).length, name);

const rounded = (boxes: Box[]) =>
  boxes.map((b) => [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 10) / 10));

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`${viewport.width}×${viewport.height}: the graph is painted before the app runs, where the app draws it`, async ({
    browser,
  }) => {
    const still = await browser.newContext({ viewport });
    const page = await still.newPage();
    await withoutApp(page, './');
    await expect.poll(() => marks(page, 'graph:first-frame')).toBe(1);
    await expect(page.locator('main svg .node')).toHaveCount(ds.nodes.length);
    expect(await marks(page, 'graph:live')).toBe(0);
    const before = rounded(await settledBoxes(page, IDS));
    await still.close();

    const live = await browser.newContext({ viewport });
    const app = await live.newPage();
    await app.goto('./');
    await firstFrame(app);
    // The same positions and sizes: no jump when the app replaces the picture.
    expect(rounded(await settledBoxes(app, IDS))).toEqual(before);
    // The picture came first; the app's own graph after it, and it answers.
    const [first, ready] = await app.evaluate(() =>
      ['graph:first-frame', 'graph:live'].map((n) => performance.getEntriesByName(n)[0]!.startTime),
    );
    expect(first).toBeLessThan(ready!);
    await app.locator('main svg [data-id="china"]').click();
    await expect(app).toHaveURL(/node=china/);
    await live.close();
  });
}

test('the prerendered picture takes no focus: Tab does not enter a page that cannot answer', async ({
  page,
}) => {
  await withoutApp(page, './');
  await expect.poll(() => marks(page, 'graph:first-frame')).toBe(1);
  await expect(page.locator('#app > .app')).toHaveAttribute('inert', '');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

for (const search of [
  '?node=china',
  '?group=diaspora',
  '?q=amnesty',
  '?view=list',
  '?story=china-rejects',
  '?embed=1',
  '?present=1',
  '?data=https%3A%2F%2Fexample.org%2Fother.json',
]) {
  test(`${search} never shows the prerendered picture: "Loading…" until the app draws its own`, async ({
    page,
  }) => {
    await withoutApp(page, `./${search}`);
    await expect(page.getByText('Loading the coalition…')).toBeVisible();
    await expect(page.locator('main svg .node')).toHaveCount(0);
    expect(await marks(page, 'graph:first-frame')).toBe(0);
  });
}

test('the built-in dataset and layout are preloaded by the page, once each; a ?data= page asks for neither', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(coalition|layout)-[^/]*\.json$/.test(r.url())) asked.push(r.url());
  });
  await page.goto('./');
  await firstFrame(page);
  await expect(page.locator('main svg [data-id="china"]')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('graph:live').length))
    .toBe(1);
  const loads = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/assets\/(coalition|layout)-[^/]*\.json$/.test(e.name))
      .map((e) => e.initiatorType),
  );
  // Preloaded (a <link>), and the app's fetch took that response: no second request.
  expect(loads).toEqual(['link', 'link']);
  expect(asked).toHaveLength(2);

  asked.length = 0;
  // An address that cannot answer: the app stops at its error, and only that file was asked for.
  await page.route('https://example.org/**', (route) =>
    route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'no' }),
  );
  await page.goto('./?data=https%3A%2F%2Fexample.org%2Fother.json');
  await expect(
    page.getByRole('heading', { name: 'Coalition Atlas could not open the dataset' }),
  ).toBeVisible();
  expect(asked).toEqual([]);
});

test('a plain address asks for the app’s code and data once the picture is painted; ?node= asks from the head', async ({
  page,
}) => {
  /** When the app's module and the dataset's two files were asked for, and the page's marks. */
  const starts = () =>
    page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const asked = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\/assets\/(index-[^/]*\.js|(coalition|layout)-[^/]*\.json)$/.test(e.name))
        .map((e) => e.startTime);
      const first = performance.getEntriesByName('graph:first-frame')[0]!.startTime;
      return { asked, first, parsed: nav.domInteractive };
    });
  const live = () =>
    expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('graph:live').length))
      .toBe(1);
  await page.goto('./');
  await live();
  // Fetched and compiled beside the picture's first layout, they held its paint back.
  const plain = await starts();
  expect(plain.asked).toHaveLength(3);
  for (const t of plain.asked) expect(t).toBeGreaterThanOrEqual(plain.first);

  // No picture to wait for: asked while the HTML was still being parsed.
  await page.goto('./?node=china');
  await live();
  const node = await starts();
  expect(node.asked).toHaveLength(3);
  for (const t of node.asked) expect(t).toBeLessThan(node.parsed);
});

test('the offline file is not prerendered (a talk file replaces its data, names hidden)', () => {
  const html = readFileSync(resolve('dist/offline/coalition-atlas.html'), 'utf8');
  expect(html).not.toContain('id="prerendered"');
  expect(readFileSync(resolve('dist/index.html'), 'utf8')).toContain('id="prerendered"');
});
