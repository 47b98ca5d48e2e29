/**
 * The built-in story on a 390×844 phone (issue 13 §3): at every step the story card keeps to
 * the lower part of the screen, the key is folded (its caption says what is shown), the graph
 * keeps room above the card, and the names of the actors the step highlights are drawn whole
 * on screen. Steps and names come from data/story.json and data/coalition.json.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { labelText } from '../../src/lib/labels/text.ts';
import { node } from './dataset.ts';
import { firstFrame } from './ready.ts';

interface Step {
  id: string;
  title: string;
  view: { highlight: string[] };
}
const steps = (JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: Step[] }).steps;
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });
test.describe.configure({ timeout: 60_000 });

for (const [i, step] of steps.entries()) {
  test(`step ${i + 1} (${step.id}): card, key, graph and names fit a phone`, async ({ page }) => {
    await page.goto(`./?story=${step.id}`);
    await firstFrame(page);
    await expect(page.getByTestId('story-title')).toHaveText(step.title);
    const card = (await page.getByTestId('story-bar').boundingBox())!;
    expect(card.height).toBeLessThanOrEqual(PHONE.height * 0.4);
    // The key is folded to its one-line button.
    await expect(page.getByTestId('key-strip').locator('details')).not.toHaveAttribute('open');
    const graph = (await page.locator('main svg').first().boundingBox())!;
    expect(graph.height).toBeGreaterThanOrEqual(PHONE.height * 0.3);
    // Every highlighted actor is named, its name whole within the screen's width.
    for (const id of step.view.highlight) {
      const label = page.locator(`main svg g.labels text[data-label="${id}"]`);
      await expect(label).toHaveText(labelText(node(id)));
      await expect
        .poll(
          async () => {
            const b = (await label.boundingBox())!;
            return b.x >= 0 && b.x + b.width <= PHONE.width;
          },
          { message: `${node(id).name} drawn whole` },
        )
        .toBe(true);
    }
  });
}
