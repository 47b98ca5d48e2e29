/**
 * Presenter view on a projector: at each common projector and laptop size, with the story
 * stepped through from its start, the graph keeps at least half of the screen free of
 * anything drawn over it, and keeps the same box from step to step (no layout jump).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: { id: string }[] };
const total = story.steps.length;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

test.describe.configure({ timeout: 90_000 });

/** The graph's box, and how much of it no other element (key, story, panel, bar) covers. */
async function graphArea(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
    const canvas = box(document.querySelector('.canvas'))!;
    const covers = [
      '[data-testid="key-strip"]',
      '[data-testid="story-bar"]',
      '.panel',
      '[role="toolbar"][aria-label="Presenter view"]',
    ]
      .flatMap((s) => [...document.querySelectorAll(s)])
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map(box);
    let covered = 0;
    for (const r of covers) {
      if (!r) continue;
      const w = Math.min(r.right, canvas.right) - Math.max(r.left, canvas.left);
      const h = Math.min(r.bottom, canvas.bottom) - Math.max(r.top, canvas.top);
      if (w > 0 && h > 0) covered += w * h;
    }
    return {
      box: [canvas.left, canvas.top, canvas.width, canvas.height].map(Math.round).join(','),
      free: canvas.width * canvas.height - covered,
    };
  });
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: PageDown starts the story; the graph keeps half the screen, unmoved, at every step`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?present=1');
    await expect(page.locator('html')).toHaveAttribute('data-present', '');
    await expect(page.getByRole('button', { name: /Start the story/ })).toBeVisible();
    // A clicker's first press starts the story.
    await page.keyboard.press('PageDown');
    const boxes = new Set<string>();
    for (let i = 0; i < total; i++) {
      await expect(page.getByTestId('story-position')).toHaveText(`Step ${i + 1} of ${total}`);
      await expect(page).toHaveURL(new RegExp(`story=${story.steps[i]!.id}`));
      const { box, free } = await graphArea(page);
      const share = free / (size.width * size.height);
      expect(share, `step ${i + 1}: the graph's free share of the screen`).toBeGreaterThanOrEqual(
        0.5,
      );
      boxes.add(box);
      await page.keyboard.press('PageDown');
    }
    expect([...boxes], 'the graph keeps one box through the story').toHaveLength(1);
  });
}
