/**
 * Labels legible on a wall (issue 13 §4): at the four projector and laptop sizes, in normal
 * and presenter view, and on a phone, the names drawn on opening are read back from the page
 * (getBoundingClientRect): no two overlap, none lies under the zoom buttons or the key, the
 * letter's name is off its disc of signatories, and a name away from its node has a leader
 * line to it. Every box comes from the page; nothing is typed in.
 */
import { expect, test, type Page } from '@playwright/test';
import { isHub } from '../../src/lib/graph/encoding.ts';
import { labelText } from '../../src/lib/labels/text.ts';
import { ds, index } from './dataset.ts';
import { firstFrame, type Box } from './ready.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const letter = ds.nodes.find((n) => n.kind === 'coalition' && n.id.startsWith('open-letter-2022'))!;
const hubs = ds.nodes.filter((n) => isHub(n, index.degree.get(n.id) ?? 0));

interface Scene {
  labels: { id: string; text: string; box: Box; leader: boolean }[];
  /** The zoom buttons and the key (folded or open), where drawn. */
  overlays: { name: string; box: Box }[];
  /** Every drawn node: its id and its shape's box. */
  nodes: { id: string; box: Box }[];
}

/** The labels, overlays and node shapes as drawn, once two reads in a row agree. */
async function settledScene(page: Page): Promise<Scene> {
  let last = '';
  let scene: Scene = { labels: [], overlays: [], nodes: [] };
  await expect
    .poll(
      async () => {
        scene = await page.evaluate(() => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          const labels = [...document.querySelectorAll('main svg g.labels text')].map((el) => {
            const id = el.getAttribute('data-label') ?? '';
            const leader = document.querySelector(`line[data-leader="${CSS.escape(id)}"]`);
            return { id, text: el.textContent ?? '', box: box(el), leader: leader !== null };
          });
          const overlays = [
            ...[...document.querySelectorAll('[aria-label="Graph view"] button')].map((el) => ({
              name: el.getAttribute('aria-label') ?? el.textContent ?? '',
              box: box(el),
            })),
            ...[...document.querySelectorAll('[data-testid="key-strip"]')].map((el) => ({
              name: 'key',
              box: box(el),
            })),
          ].filter((o) => o.box.width > 0 && o.box.height > 0);
          const nodes = [...document.querySelectorAll('main svg [data-id]')].map((el) => ({
            id: el.getAttribute('data-id') ?? '',
            box: box(el),
          }));
          return { labels, overlays, nodes };
        });
        const now = JSON.stringify(scene.labels);
        const still = now === last && scene.labels.length > 0;
        last = now;
        return still;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return scene;
}

/**
 * Pixels two boxes share across and down. Text boxes are the font's full line (a pixel or
 * two taller than the 14 px the placer reserves), so a sliver of 1 × 3 px is not an overlap.
 */
function overlap(a: Box, b: Box): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}
const clash = (a: Box, b: Box) => {
  const { w, h } = overlap(a, b);
  return w > 1 && h > 3;
};
/** A label box over a node's round body (inside its shape's box), by more than a pixel. */
function overNode(label: Box, shape: Box): boolean {
  const r = Math.min(shape.width, shape.height) / 2 - 1;
  const [cx, cy] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
  const dx = Math.max(label.x - cx, 0, cx - (label.x + label.width));
  const dy = Math.max(label.y - cy, 0, cy - (label.y + label.height));
  return r > 0 && dx * dx + dy * dy < r * r;
}

/** The letter's signatories: the disc its name must keep off. */
const signatories = new Set(index.neighbours.get(letter.id) ?? []);

/**
 * Checks the scene; `strict` also holds the letter's name off every other node (at the four
 * large sizes; on a phone, where every place is near one, off its signatories at least).
 */
async function check(
  page: Page,
  size: { width: number; height: number },
  strict = true,
): Promise<Scene> {
  const scene = await settledScene(page);
  const { labels, overlays, nodes } = scene;
  const pairs: string[] = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (clash(a.box, b.box)) pairs.push(`${a.text} / ${b.text}`);
  expect(pairs, 'labels over each other').toEqual([]);
  // The zoom buttons are drawn at every size; the key where the filters fold or presenting.
  expect(overlays.some((o) => o.name === 'Zoom in')).toBe(true);
  const under = labels.flatMap((l) =>
    overlays.filter((o) => clash(l.box, o.box)).map((o) => `${l.text} under ${o.name}`),
  );
  expect(under, 'labels under the buttons or the key').toEqual([]);
  for (const l of labels) {
    expect(l.box.x, l.text).toBeGreaterThanOrEqual(0);
    expect(l.box.x + l.box.width, l.text).toBeLessThanOrEqual(size.width);
  }
  // The letter is named, and not across its disc of signatories (or any other node).
  const name = labels.find((l) => l.id === letter.id);
  expect(name?.text).toBe(labelText(letter));
  const covered = nodes.filter(
    (n) => n.id !== letter.id && (strict || signatories.has(n.id)) && overNode(name!.box, n.box),
  );
  expect(
    covered.map((n) => n.id),
    `${name!.text} over nodes`,
  ).toEqual([]);
  // A name away from its node has its leader line; one beside it has none.
  for (const l of labels) {
    const shape = nodes.find((n) => n.id === l.id)!.box;
    const gap = Math.max(
      l.box.x - (shape.x + shape.width),
      shape.x - (l.box.x + l.box.width),
      l.box.y - (shape.y + shape.height),
      shape.y - (l.box.y + l.box.height),
    );
    if (gap > 12) expect(l.leader, `${l.text}, ${Math.round(gap)} px from its node`).toBe(true);
  }
  return scene;
}

for (const size of SIZES) {
  for (const mode of ['normal', 'presenter'] as const) {
    test(`${size.width}×${size.height}, ${mode} view: names clear of each other, the buttons, the key and the letter's disc`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(mode === 'presenter' ? './?present=1' : './');
      await firstFrame(page);
      const { labels } = await check(page, size);
      // The hubs with 8 links or more are named at every size (the rest as room allows).
      const big = hubs.filter((n) => (index.degree.get(n.id) ?? 0) >= 8);
      const named = new Set(labels.map((l) => l.id));
      expect(big.filter((n) => !named.has(n.id)).map((n) => n.name)).toEqual([]);
    });
  }
}

test('390×844, a phone: names clear of each other, the zoom buttons and the key', async ({
  page,
}) => {
  const size = { width: 390, height: 844 };
  await page.setViewportSize(size);
  await page.goto('./');
  await firstFrame(page);
  const { labels } = await check(page, size, false);
  expect(labels.length).toBeGreaterThanOrEqual(7);
});

test('presenter view at 1024×768: opening the key moves the names it would cover', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?present=1');
  await firstFrame(page);
  await check(page, { width: 1024, height: 768 });
  await page.getByText('Key: colours and shapes').click();
  await expect(page.getByTestId('key-strip').getByRole('listitem').first()).toBeVisible();
  const { overlays } = await check(page, { width: 1024, height: 768 });
  const key = overlays.find((o) => o.name === 'key')!;
  expect(key.box.height).toBeGreaterThan(60);
});
