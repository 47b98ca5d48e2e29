/**
 * Dragging an actor drawn on the Canvas (a large graph: 2,500 generated actors, placed on a
 * grid by the file's own `positions`, so the test knows where each is drawn): it follows the
 * pointer and stays pinned where it is dropped, as an SVG actor does; the view does not pan.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/lib/synthetic/generate.ts';
import { firstFrame } from './ready.ts';

const ds = generateDataset({ nodes: 2500, seed: 2 });
/** 50 columns, 20 layout units apart. */
const SPACING = 20;
ds.positions = Object.fromEntries(
  ds.nodes.map((n, i) => [n.id, [(i % 50) * SPACING, Math.floor(i / 50) * SPACING]]),
);
const body = JSON.stringify(ds);
const degree = new Map(ds.nodes.map((n) => [n.id, 0]));
for (const l of ds.links) for (const e of [l.source, l.target]) degree.set(e, degree.get(e)! + 1);
// An organisation with one link in the middle of the grid: drawn on the Canvas, not in the SVG.
const index = ds.nodes.findIndex(
  (n, i) => i > 1200 && n.kind === 'organisation' && degree.get(n.id) === 1,
);
const target = ds.nodes[index]!;
const [tx, ty] = ds.positions[target.id]!;

/** The zoomed layer's transform: `{ x, y, k }`. */
async function view(page: Page): Promise<{ x: number; y: number; k: number }> {
  const t = (await page.locator('.graph svg > g').first().getAttribute('transform'))!;
  const [x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/
    .exec(t)!
    .slice(1)
    .map(Number) as [number, number, number];
  return { x, y, k };
}

test('an actor drawn on the Canvas can be dragged, and stays pinned where it is dropped', async ({
  page,
}) => {
  await page.route('**/synthetic-2500.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('./?data=synthetic-2500.json');
  await firstFrame(page, 60_000);
  // The Canvas layer: the links, the nodes, the lit neighbourhood (GraphCanvas).
  await expect(page.locator('.graph canvas')).toHaveCount(3);
  await expect(page.locator(`.graph [data-id="${target.id}"]`)).toHaveCount(0);
  const before = await view(page);
  const box = (await page.locator('.graph svg').boundingBox())!;
  const from = { x: box.x + before.x + tx * before.k, y: box.y + before.y + ty * before.k };
  const by = { x: 90, y: 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x / 2, from.y + by.y / 2, { steps: 4 });
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 4 });
  await page.mouse.up();
  // Pinned, and the view did not move under the pointer (a pan would have moved it).
  await expect(page.getByRole('button', { name: 'Release pins (1)' })).toBeVisible();
  expect(await view(page)).toEqual(before);
  // Selected (by search: the live layout moves the unpinned actors around it meanwhile), it
  // joins the SVG at the layout point where it was dropped.
  await page.getByRole('combobox', { name: 'Search actors' }).fill(target.name);
  const option = page.getByRole('option').first();
  await expect(option).toContainText(target.name, { timeout: 30_000 });
  await option.click();
  await expect(page.getByRole('heading', { level: 2, name: target.name })).toBeVisible();
  const node = page.locator(`.graph .node[data-id="${target.id}"]`);
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  const placed = await node.evaluate((el) => {
    const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '');
    return m ? [Number(m[1]), Number(m[2])] : null;
  });
  expect(placed![0]).toBeCloseTo(tx + by.x / before.k, 0);
  expect(placed![1]).toBeCloseTo(ty + by.y / before.k, 0);
});
