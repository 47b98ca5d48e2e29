/**
 * A large published file's first picture (components/graph/preview.ts): drawn from the parsed
 * file while it is checked, where the app's graph then draws the same frame, and gone once that
 * graph is on screen or the file failed its check. Files generated in the test
 * (src/lib/synthetic), served at a same-origin address (`?data=`).
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/lib/synthetic/generate.ts';
import { CANVAS_THRESHOLD } from '../../src/lib/render/lod.ts';
import { firstFrame } from './ready.ts';

test.describe.configure({ timeout: 90_000 });

const SIZE = CANVAS_THRESHOLD + 500;
const ds = generateDataset({ nodes: SIZE, seed: 7 });
const sound = JSON.stringify(ds);

/** What a watcher in the page saw of the picture: when it came and went, where, what it said. */
interface Seen {
  shown: number | null;
  removed: number | null;
  bounds: string | null;
  rect: { x: number; y: number; width: number; height: number } | null;
  status: string | null;
}

async function open(page: Page, body: string, query = ''): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen = { shown: null, removed: null, bounds: null, rect: null, status: null };
    (window as unknown as { preview: Seen }).preview = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (!(n instanceof HTMLCanvasElement) || !n.classList.contains('graph-preview')) continue;
          const b = n.getBoundingClientRect();
          seen.shown = performance.now();
          seen.bounds = n.dataset.bounds ?? null;
          seen.rect = { x: b.x, y: b.y, width: b.width, height: b.height };
          seen.status = document.querySelector('.boot')?.textContent ?? null;
        }
        for (const n of r.removedNodes) {
          if (n instanceof HTMLCanvasElement && n.classList.contains('graph-preview'))
            seen.removed = performance.now();
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.route('**/published.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto(`./?data=published.json${query}`);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { preview: Seen }).preview);
const mark = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

test(`${SIZE} actors: drawn before the check ends, where the app then draws the same frame`, async ({
  page,
}) => {
  await open(page, sound);
  await firstFrame(page, 60_000);
  const preview = await seen(page);
  expect(preview.shown).not.toBeNull();
  expect(preview.status).toBe(`Checking the file’s ${SIZE} actors and ${ds.links.length} links…`);
  // On screen before the file was checked, the app's graph after it.
  const [first, checked, live] = await Promise.all(
    ['graph:first-frame', 'dataset:checked', 'graph:live'].map((m) => mark(page, m)),
  );
  expect(first!).toBeLessThan(checked!);
  expect(checked!).toBeLessThan(live!);
  // The same box as the app's graph, and the actors drawn over the same extent in it.
  const app = await page.evaluate(() => {
    const b = document.querySelector('.graph > svg')!.getBoundingClientRect();
    const canvas = document.querySelector<HTMLCanvasElement>('.graph canvas')!;
    return {
      rect: { x: b.x, y: b.y, width: b.width, height: b.height },
      bounds: canvas.dataset.bounds,
    };
  });
  expect(preview.rect).toEqual(app.rect);
  expect(preview.bounds).toBe(app.bounds);
  // Gone once the app's graph is drawn: removed at `graph:live`, not before.
  await expect(page.locator('canvas.graph-preview')).toHaveCount(0);
  expect((await seen(page)).removed!).toBeGreaterThanOrEqual(live!);
});

test('a file that fails its check after its picture: the error view, and no picture left', async ({
  page,
}) => {
  const broken = structuredClone(ds);
  const link = broken.links[40]!;
  link.citations[0]!.quote = `${link.citations[0]!.quote} (edited)`;
  await open(page, JSON.stringify(broken));
  await expect(
    page.getByRole('heading', { name: 'Coalition Atlas could not open the dataset' }),
  ).toBeVisible({ timeout: 60_000 });
  // The one problem, at its place: the quote that is not the document's text.
  const issues = page.locator('.issues li');
  await expect(issues).toHaveCount(1);
  await expect(issues).toContainText(
    `links[40] (id "${link.id}"): citation quote does not match the document text at ${link.citations[0]!.start}–${link.citations[0]!.end}`,
  );
  await expect(issues).toContainText('links[40].citations[0].quote');
  expect((await seen(page)).shown).not.toBeNull();
  await expect(page.locator('canvas.graph-preview')).toHaveCount(0);
  expect(await mark(page, 'graph:live')).toBeNull();
});

test('no picture where the app opens on another one: a selection, the list, a smaller file', async ({
  page,
}) => {
  const hub = ds.nodes.find((n) => n.kind === 'coalition')!;
  await open(page, sound, `&node=${hub.id}`);
  await firstFrame(page, 60_000);
  expect((await seen(page)).shown).toBeNull();

  const list = await page.context().newPage();
  await open(list, sound, '&view=list');
  await expect(list.getByRole('table')).toHaveAttribute('aria-rowcount', String(SIZE + 1), {
    timeout: 60_000,
  });
  expect((await seen(list)).shown).toBeNull();

  const small = JSON.stringify(generateDataset({ nodes: CANVAS_THRESHOLD - 1, seed: 7 }));
  const other = await page.context().newPage();
  await open(other, small);
  await firstFrame(other, 60_000);
  expect((await seen(other)).shown).toBeNull();
});

test('a second open, whose settled layout is stored: no picture of the seeds', async ({ page }) => {
  await open(page, sound);
  await firstFrame(page, 60_000);
  expect((await seen(page)).shown).not.toBeNull();
  await expect.poll(() => mark(page, 'layout:settled'), { timeout: 60_000 }).not.toBeNull();
  await page.reload();
  await firstFrame(page, 60_000);
  expect((await seen(page)).shown).toBeNull();
});
