import { expect, test, type Page } from '@playwright/test';
import { segmentDistance } from '../../src/lib/graph/hit.ts';
import type { GraphLink } from '../../src/lib/types.ts';
import { ds, index, node } from './dataset.ts';
import { dragReady, firstFrame } from './ready.ts';

/**
 * Wait until the camera stops moving: the zoomed layer's transform reads the same twice in a
 * row, 150 ms apart (an eased move lasts 450 ms and changes it every frame).
 */
async function cameraSettled(page: Page) {
  const layer = page.locator('svg[role="group"] > g').first();
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await layer.getAttribute('transform');
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [150], timeout: 5000 },
    )
    .toBe(true);
}

/** The on-screen centre of a node's shape. */
async function centre(page: Page, id: string) {
  const box = await page.locator(`.node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The point of a link's line farthest from every other line and shape on screen: a click there
 * can only mean that link, wherever the layout puts its neighbours (the midpoint may lie on a
 * crossing).
 */
async function clearPointOn(page: Page, link: GraphLink) {
  const shapes = await page.evaluate(() =>
    [...document.querySelectorAll<SVGGraphicsElement>('.node[data-id]')].map((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      return { id: el.dataset.id ?? '', x, y, r: Math.max(r.width, r.height) / 2 };
    }),
  );
  const at = new Map(shapes.map((s) => [s.id, s]));
  const a = at.get(link.source)!;
  const b = at.get(link.target)!;
  const others = ds.links.filter((l) => l.id !== link.id && at.has(l.source) && at.has(l.target));
  const clearance = (p: { x: number; y: number }) =>
    Math.min(
      ...others.map((l) => segmentDistance(p, at.get(l.source)!, at.get(l.target)!)),
      ...shapes.map((s) => Math.hypot(p.x - s.x, p.y - s.y) - s.r),
    );
  const points = Array.from({ length: 61 }, (_, i) => 0.2 + i / 100).map((t) => ({
    x: a.x + t * (b.x - a.x),
    y: a.y + t * (b.y - a.y),
  }));
  return points.reduce((best, p) => (clearance(p) > clearance(best) ? p : best));
}

test('clicking a line selects that link and shows the sentence that states it', async ({
  page,
}) => {
  const link = ds.links.find(
    (l) =>
      l.source === 'dolkun-isa' && l.relation === 'leads' && l.target === 'world-uyghur-congress',
  );
  if (!link)
    throw new Error('data/coalition.json lacks "Dolkun Isa leads the World Uyghur Congress"');
  // Selecting Dolkun Isa zooms to him, so his short link is long enough on screen to hit.
  await page.goto(`./?node=${link.source}`);
  await page.getByRole('button', { name: 'Zoom to selection' }).click();
  await cameraSettled(page);
  const p = await clearPointOn(page, link);
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(new RegExp(`link=${link.id}`));
  const quote = link.citations[0]!.quote;
  await expect(page.getByText(quote, { exact: false }).first()).toBeVisible();
  await expect(page.locator(`line.link.selected[data-link="${link.id}"]`)).toHaveCount(1);
});

test('dragging an actor pins it where it is dropped; "Release pins" lets it go', async ({
  page,
}) => {
  const id = 'united-states';
  node(id);
  // Its neighbour with the fewest links: the one the physics pulls along most visibly.
  const [neighbour] = [...(index.neighbours.get(id) ?? [])].sort(
    (a, b) => (index.degree.get(a) ?? 0) - (index.degree.get(b) ?? 0),
  );
  if (!neighbour) throw new Error(`${id} has no neighbour in data/coalition.json`);
  await page.goto('./');
  await firstFrame(page);
  await dragReady(page);
  const from = await centre(page, id);
  const before = await centre(page, neighbour);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 8, from.y + i * 5);
  await page.mouse.up();
  const to = await centre(page, id);
  expect(Math.abs(to.x - (from.x + 80))).toBeLessThan(4);
  expect(Math.abs(to.y - (from.y + 50))).toBeLessThan(4);
  await expect(page.locator(`.node.pinned[data-id="${id}"]`)).toHaveCount(1);
  // Live physics (loaded on the first drag): the neighbour followed.
  await expect
    .poll(async () => {
      const now = await centre(page, neighbour);
      return Math.hypot(now.x - before.x, now.y - before.y);
    })
    .toBeGreaterThan(2);
  await page.getByRole('button', { name: /Release pins \(1\)/ }).click();
  await expect(page.locator('.node.pinned')).toHaveCount(0);
  // Released, it is pulled back towards its neighbours: no longer where it was dropped.
  await expect
    .poll(async () => {
      const now = await centre(page, id);
      return Math.hypot(now.x - to.x, now.y - to.y);
    })
    .toBeGreaterThan(4);
  // A drag is not a click: nothing got selected.
  await expect(page).not.toHaveURL(/node=/);
});
