/**
 * The presenter console: a second window that shows the step on screen, the next one, notes,
 * sources and a timer, and stays in step with the audience window whichever one drives. Also
 * the accessibility scan of the console and of the story editor, and keyboard-only authoring.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseStory } from '../../src/lib/story/story.ts';
import { ds } from './dataset.ts';
import { firstFrame } from './ready.ts';

const { story } = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')), ds);
const total = story.steps.length;

async function serious(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (e.g. ${v.nodes[0]?.target.join(' ')})`);
}

test('the console stays in step with the audience window, and either drives', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const audience = await context.newPage();
  await audience.goto('./');
  await audience.getByRole('button', { name: 'Your talk' }).click();
  const opening = context.waitForEvent('page');
  await audience.getByRole('button', { name: 'Open presenter console' }).click();
  const console = await opening;
  await expect(console.getByTestId('presenter-console')).toBeVisible();
  await expect(console.getByTestId('console-position')).toHaveText('No story step on screen');

  // The audience starts the story: the console follows, with the next step beside it.
  await audience.getByRole('button', { name: 'Story', exact: true }).click();
  await expect(console.getByTestId('console-position')).toHaveText(`Step 1 of ${total}`);
  await expect(console.getByTestId('console-current')).toHaveText(story.steps[0]!.title);
  await expect(console.getByTestId('console-next-title')).toHaveText(story.steps[1]!.title);

  // The console drives with a clicker's keys.
  await console.keyboard.press('PageDown');
  await expect(audience.getByTestId('story-position')).toHaveText(`Step 2 of ${total}`);
  await expect(audience.getByTestId('story-title')).toHaveText(story.steps[1]!.title);
  await expect(console.getByTestId('console-current')).toHaveText(story.steps[1]!.title);

  // And the audience window drives too.
  await audience.keyboard.press('ArrowRight');
  await expect(console.getByTestId('console-position')).toHaveText(`Step 3 of ${total}`);
  await console.keyboard.press('PageUp');
  await expect(audience.getByTestId('story-position')).toHaveText(`Step 2 of ${total}`);

  // The timer runs from the first move made in the console.
  await expect(console.getByTestId('console-timer')).not.toHaveText('0:00', { timeout: 3000 });

  expect(await serious(console)).toEqual([]);
  await context.close();
});

test('keyboard-only authoring: add, caption, title, reorder, delete and undo; axe on the editor', async ({
  page,
}) => {
  await page.goto('./');
  await firstFrame(page);
  const press = async (name: string | RegExp) => {
    await page.getByRole('button', { name }).first().focus();
    await page.keyboard.press('Enter');
  };
  await press('Your talk');
  await press('New story');
  await press('Add this view as a step');
  await page.getByRole('textbox', { name: /^Caption/ }).focus();
  await page.keyboard.type('First, the whole coalition.');
  await press('Add this view as a step');
  await page.getByRole('textbox', { name: 'Title', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Second');
  const steps = page.getByTestId('editor-step');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText('Second');

  // Move "Second" up: focus stays on a move button of the moved step.
  await press('Move “Second” up');
  await expect(steps.nth(0)).toContainText('Second');
  await expect(page.locator(':focus')).toHaveAttribute('data-move', 'down');

  // Delete, then undo.
  await press('Delete');
  await expect(steps).toHaveCount(1);
  await press('Undo');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('Second');
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');

  expect(await serious(page, '[data-testid="talk-editor"]')).toEqual([]);
});
