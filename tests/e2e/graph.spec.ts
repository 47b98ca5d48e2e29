import { expect, test, type Page } from '@playwright/test';
import { ds, index, node } from './dataset.ts';

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
  const a = await centre(page, link.source);
  const b = await centre(page, link.target);
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
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
