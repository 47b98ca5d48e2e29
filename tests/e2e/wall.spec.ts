/**
 * Legible on a wall (issue 13 §4): a filter frames its matches and names them when they are
 * few, "Fit" fits what is shown, the header's buttons say what they do in words and the legend
 * is in view on opening at every size, and presenter view draws the signatories larger.
 * Counts and names come from data/coalition.json.
 */
import { expect, test } from '@playwright/test';
import { FEW_MATCHES } from '../../src/lib/labels/candidates.ts';
import { labelText } from '../../src/lib/labels/text.ts';
import { ds } from './dataset.ts';
import { firstFrame, settledBoxes, type Box } from './ready.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

/** Diaspora groups in Europe: the example, counted from the dataset. */
const europeanDiaspora = ds.nodes.filter((n) => n.group === 'diaspora' && n.region === 'Europe');

const inside = (b: Box, area: Box) =>
  b.x >= area.x - 1 &&
  b.y >= area.y - 1 &&
  b.x + b.width <= area.x + area.width + 1 &&
  b.y + b.height <= area.y + area.height + 1;

/** The box spanning `boxes`. */
function span(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

test.describe('a filter frames and names its matches', () => {
  test('diaspora + Europe: every match in view, the view zoomed to them, each named', async ({
    page,
  }) => {
    expect(europeanDiaspora.length).toBeGreaterThan(0);
    expect(europeanDiaspora.length).toBeLessThanOrEqual(FEW_MATCHES);
    await page.goto('./?group=diaspora&region=Europe');
    await firstFrame(page);
    await expect(page.getByText(`Showing ${europeanDiaspora.length} of`)).toBeVisible();
    const area = (await page.locator('main svg').first().boundingBox())!;
    const boxes = await settledBoxes(
      page,
      europeanDiaspora.map((n) => n.id),
    );
    for (const b of boxes) expect(inside(b, area), JSON.stringify(b)).toBe(true);
    // Framed, not left on the whole network: the matches span a third of the area at least.
    const s = span(boxes);
    expect(Math.max(s.width / area.width, s.height / area.height)).toBeGreaterThan(0.33);
    const labels = page.locator('main svg g.labels text');
    await expect
      .poll(async () => {
        const drawn = new Set(await labels.allTextContents());
        return europeanDiaspora.filter((n) => !drawn.has(labelText(n))).map((n) => n.name);
      })
      .toEqual([]);
  });

  test('ticking a filter frames what it leaves; "Fit" after zooming in fits it again', async ({
    page,
  }) => {
    await page.goto('./');
    await firstFrame(page);
    const area = (await page.locator('main svg').first().boundingBox())!;
    const ids = europeanDiaspora.map((n) => n.id);
    const before = span(await settledBoxes(page, ids));
    await page.goto('./?group=diaspora');
    await firstFrame(page);
    await page.locator('summary', { hasText: 'Region' }).click();
    await page.getByRole('checkbox', { name: /^Europe/ }).check();
    const framed = span(await settledBoxes(page, ids));
    expect(framed.width).toBeGreaterThan(before.width * 1.3);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const fitted = await settledBoxes(page, ids);
    for (const b of fitted) expect(inside(b, area), JSON.stringify(b)).toBe(true);
    expect(span(fitted).width).toBeCloseTo(framed.width, -1);
  });
});

for (const size of SIZES) {
  test(`${size.width}×${size.height}: every header tool says what it does, and the legend is in view`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await firstFrame(page);
    const tools = page.locator('header .tools .btn:visible');
    const count = await tools.count();
    // Story, talk, open, add, graph, list, theme, view, share (+ present but on a phone).
    expect(count).toBe(size.width <= 700 ? 9 : 10);
    const boxes: Box[] = [];
    for (let i = 0; i < count; i++) {
      const tool = tools.nth(i);
      // A word, not an icon alone: at least three letters visible.
      expect(await tool.innerText(), `tool ${i}`).toMatch(/\p{L}{3}/u);
      const b = (await tool.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(size.width);
      boxes.push(b);
    }
    // No two tools on top of each other.
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart =
          a.x + a.width <= b.x + 1 ||
          b.x + b.width <= a.x + 1 ||
          a.y + a.height <= b.y + 1 ||
          b.y + b.height <= a.y + 1;
        expect(apart, `tools ${i} and ${j}`).toBe(true);
      }
    // The page itself never scrolls: everything below the fold scrolls inside its column.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      size.height,
    );
    // The legend's colour entries in view: the sidebar's where there are three columns, the key
    // over the graph where the filters fold into a bar.
    const groups = new Set(ds.nodes.map((n) => n.group ?? 'none'));
    const entries =
      size.width > 1180
        ? page.locator('.legend li')
        : page.getByTestId('key-strip').getByRole('listitem');
    await expect(entries.first()).toBeVisible();
    expect(await entries.count()).toBeGreaterThanOrEqual(groups.size);
    for (let i = 0; i < groups.size; i++) {
      const b = (await entries.nth(i).boundingBox())!;
      expect(b.y + b.height, `legend entry ${i}`).toBeLessThanOrEqual(size.height);
    }
  });
}

test('presenter view draws a signatory larger than the normal view, 8 px across at least', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const signatory = ds.nodes.find((n) => n.signatory && n.kind === 'organisation')!;
  const across = async () => {
    await firstFrame(page);
    const [b] = await settledBoxes(page, [signatory.id]);
    return Math.min(b!.width, b!.height);
  };
  await page.goto('./');
  const normal = await across();
  await page.goto('./?present=1');
  const present = await across();
  expect(present).toBeGreaterThanOrEqual(8);
  expect(present).toBeGreaterThan(normal * 1.2);
});
