import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { isHub } from '../../src/lib/graph/encoding.ts';
import { labelText } from '../../src/lib/labels/text.ts';
import { parseStory } from '../../src/lib/story/story.ts';
import { visibleIds } from '../../src/lib/graph/filter.ts';
import { ds, index, PRESETS } from './dataset.ts';

/** The label texts in the graph, sorted. */
const labels = (page: Page, selector = '.labels text') =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? '').sort());

const hubs = ds.nodes.filter((n) => isHub(n, index.degree.get(n.id) ?? 0));

/** Pairs of label boxes on screen that share more than a sliver (1 × 3 px). */
const overlapping = (page: Page) =>
  page.locator('.labels text').evaluateAll((els) => {
    const boxes = els.map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }));
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 3) pairs.push(`${a.text} / ${b.text}`);
      }
    return pairs;
  });

test.describe('at 1920×1080, a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('on load every hub is named: letters, reports, governments, UN bodies', async ({ page }) => {
    expect(hubs.length).toBeGreaterThan(10);
    await page.goto('./');
    // Labels come a frame after the first picture (see Graph.svelte): poll, do not read at once.
    await expect
      .poll(() => labels(page, '.labels text.hub'))
      .toEqual(hubs.map((n) => labelText(n)).sort());
    expect(await overlapping(page)).toEqual([]);
  });
});

test('at 1366×768 the hubs with 8 links or more are named, and no two labels overlap', async ({
  page,
}) => {
  const big = hubs.filter((n) => (index.degree.get(n.id) ?? 0) >= 8).map((n) => labelText(n));
  await page.goto('./');
  await expect
    .poll(async () => {
      const shown = await labels(page, '.labels text.hub');
      return big.filter((name) => !shown.includes(name));
    })
    .toEqual([]);
  expect(await overlapping(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the labels that fit are drawn, none over another', async ({ page }) => {
    await page.goto('./');
    await expect.poll(async () => (await labels(page)).length).toBeGreaterThan(3);
    expect(await overlapping(page)).toEqual([]);
  });
});

test('a story step opened from its link names the actors it highlights', async ({ page }) => {
  const { story } = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')), ds);
  // A step that frames a few actors: the step frames the view before the graph is first sized,
  // which once left the labels off until the reader zoomed.
  const step = story.steps.find((s) => s.view.highlight.length > 0 && s.view.highlight.length < 6);
  if (!step) throw new Error('data/story.json has no step highlighting 1 to 5 actors');
  const names = step.view.highlight.map((id) => labelText(index.byId.get(id)!));
  await page.goto(`./?story=${step.id}`);
  await expect(page.getByTestId('story-title')).toHaveText(step.title);
  await expect
    .poll(async () => {
      const shown = await labels(page);
      return names.filter((n) => !shown.includes(n));
    })
    .toEqual([]);
});

test('a filter names only the actors it shows, and Reset names the hubs again', async ({
  page,
}) => {
  // The names follow the filter a frame after its nodes (state/label-layout.svelte.ts): they
  // must still catch up, with none left over from the view before.
  const shown = visibleIds(ds, index, PRESETS.diaspora);
  const big = hubs.filter((n) => (index.degree.get(n.id) ?? 0) >= 8);
  const hidden = big.filter((n) => !shown.has(n.id)).map((n) => labelText(n));
  expect(hidden.length).toBeGreaterThan(0);
  const named = () =>
    page.locator('.labels text').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
  await page.goto('./');
  await expect.poll(async () => (await labels(page, '.labels text.hub')).length).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Only diaspora groups' }).click();
  await expect
    .poll(async () => {
      const ids = await named();
      return { some: ids.length > 0, outside: ids.filter((id) => !shown.has(id ?? '')) };
    })
    .toEqual({ some: true, outside: [] });
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect
    .poll(async () => {
      const texts = await labels(page);
      return hidden.filter((name) => !texts.includes(name));
    })
    .toEqual([]);
  expect(await overlapping(page)).toEqual([]);
});
