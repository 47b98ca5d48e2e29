/**
 * Story steps frame what they talk about (issue 13 §5): step 9 ("more than 60 Uyghur
 * organisations") keeps the whole signatory cluster in view, step 3 does not write a
 * signatory's name across the letter's star, and the graph's usage hint (which covered labels)
 * is not drawn during a story. Ids and names come from data/coalition.json and data/story.json.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { labelText } from '../../src/lib/labels/text.ts';
import { ds, node } from './dataset.ts';
import { firstFrame, settledBoxes, type Box } from './ready.ts';

interface Step {
  id: string;
  view: { filters: { groups?: string[] }; highlight: string[] };
}
const steps = (JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: Step[] }).steps;
const letter = ds.nodes.find((n) => n.kind === 'coalition' && n.id.startsWith('open-letter-2022'))!;

/**
 * True when box `a` reaches into the body of the star whose box is `b`: the disc inside its
 * points (half its outer radius), where a label reads as written across it.
 */
function overlap(a: Box, b: Box): boolean {
  const r = Math.min(b.width, b.height) / 4;
  const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
  const dx = Math.max(a.x - cx, 0, cx - (a.x + a.width));
  const dy = Math.max(a.y - cy, 0, cy - (a.y + a.height));
  return dx * dx + dy * dy < r * r;
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`${size.width}×${size.height}: the last step keeps every signatory of its group in view`, async ({
    page,
  }) => {
    const last = steps.at(-1)!;
    const groups = last.view.filters.groups ?? [];
    const cluster = ds.nodes.filter(
      (n) => n.signatory && n.group !== null && groups.includes(n.group),
    );
    expect(cluster.length).toBeGreaterThan(50);
    await page.setViewportSize(size);
    await page.goto(`./?story=${last.id}`);
    await firstFrame(page);
    await expect(page.getByText(`Step ${steps.length} of ${steps.length}`)).toBeVisible();
    const area = (await page.locator('main svg').first().boundingBox())!;
    const boxes = await settledBoxes(
      page,
      cluster.map((n) => n.id),
    );
    const out = cluster.filter((_, i) => {
      const b = boxes[i]!;
      return (
        b.x < area.x ||
        b.y < area.y ||
        b.x + b.width > area.x + area.width ||
        b.y + b.height > area.y + area.height
      );
    });
    expect(out.map((n) => n.name)).toEqual([]);
  });
}

test('step 3 names its highlighted signatories clear of the letter', async ({ page }) => {
  const step = steps[2]!;
  await page.goto(`./?story=${step.id}`);
  await firstFrame(page);
  const [star] = await settledBoxes(page, [letter.id]);
  for (const id of step.view.highlight) {
    const label = page.locator('main svg g.labels text', { hasText: labelText(node(id)) });
    await expect(label.first()).toBeVisible();
    const box = (await label.first().boundingBox())!;
    expect(overlap(box, star!), `${node(id).name} over the letter`).toBe(false);
  }
});

test('the usage hint is drawn outside a story, not during one', async ({ page }) => {
  await page.goto('./');
  await firstFrame(page);
  await expect(page.getByText('Scroll or pinch to zoom')).toBeVisible();
  await page.goto(`./?story=${steps[7]!.id}`);
  await firstFrame(page);
  await expect(page.getByText(`Step 8 of ${steps.length}`)).toBeVisible();
  await expect(page.getByText('Scroll or pinch to zoom')).toHaveCount(0);
});
