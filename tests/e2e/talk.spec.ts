/**
 * A speaker's own talk, end to end: build a three-step story with a citation in the editor,
 * reload (nothing lost), save it as a file, open that file in a fresh browser, play it with a
 * clicker's PageDown, and carry it as one HTML file that opens from file:// with every network
 * request refused, straight into presenter view. Expectations come from the data.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ds, firstMention, node } from './dataset.ts';

const wuc = node('world-uyghur-congress');
const local = (url: string) => url.startsWith('file:') || url.startsWith('data:');

async function openEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your talk' }).click();
  await expect(page.getByTestId('talk-editor')).toBeVisible();
}

const steps = (page: Page) => page.getByTestId('editor-step');
const caption = (page: Page) => page.getByRole('textbox', { name: /^Caption/ });
const notes = (page: Page) => page.getByRole('textbox', { name: /^Speaker notes/ });

test('build a three-step talk with a source; reload; save; open elsewhere; play; carry it as one file', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await openEditor(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Title of the talk' }).fill('Briefing for MPs');

  // Step 1: the whole coalition.
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(steps(page)).toHaveCount(1);
  await caption(page).fill('192 signatories.\n\nThey wrote to the High Commissioner.');
  await notes(page).fill('Pause for the map.');

  // Step 2: the World Uyghur Congress selected, its first mention cited.
  await page.getByRole('combobox', { name: 'Search actors' }).fill('World Uyghur Congress');
  await page.getByRole('option').first().click();
  await expect(page.getByRole('heading', { level: 2, name: wuc.name })).toBeVisible();
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(steps(page)).toHaveCount(2);
  await caption(page).fill('The World Uyghur Congress signed.');
  const { doc, citation } = firstMention(wuc.id);
  const mentions = page.getByRole('region', { name: 'Mentions in the sources' });
  await mentions.getByRole('button', { name: 'Open in document' }).first().click();
  await expect(page.getByTestId('passage')).toHaveText(citation.quote);
  await page.getByRole('button', { name: 'Cite in step' }).click();
  await expect(page.getByTestId('cite-status')).toContainText('Cited “');
  const sources = steps(page).nth(1).getByRole('listitem');
  await expect(sources).toHaveCount(1);
  await expect(sources.first()).toContainText(doc.title);

  // Step 3: the list of diaspora groups.
  await page.getByRole('button', { name: 'Show filters & legend' }).click();
  await page.getByRole('button', { name: 'Only diaspora groups' }).click();
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(steps(page)).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Diaspora groups');
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');

  // Nothing is lost on reload: the editor reopens on the same story, steps in order.
  await page.reload();
  await openEditor(page);
  await expect(steps(page)).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Title of the talk' })).toHaveValue(
    'Briefing for MPs',
  );
  await expect(steps(page).nth(2)).toContainText('Diaspora groups');
  // The first step is open, as after any choice of story.
  await expect(steps(page).nth(0).getByRole('button', { name: /^1\./ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(caption(page)).toHaveValue(
    '192 signatories.\n\nThey wrote to the High Commissioner.',
  );
  await expect(notes(page)).toHaveValue('Pause for the map.');

  // Save as a file: story.json's shape, quotes and no offsets, the dataset named.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save story as file' }).click();
  const saved = await saving;
  expect(saved.suggestedFilename()).toBe('briefing-for-mps.story.json');
  const file = await saved.path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.title).toBe('Briefing for MPs');
  expect(json.dataset.edition).toBe(ds.edition);
  expect(json.steps.map((s: { title: string }) => s.title)).toEqual([
    'Step 1',
    'Step 2',
    'Diaspora groups',
  ]);
  expect(json.steps[1].view.selection).toBe(wuc.id);
  expect(json.steps[1].citations[0].doc).toBe(doc.id);
  expect(json.steps[1].citations[0].quote).toContain(citation.quote);
  expect(JSON.stringify(json)).not.toMatch(/"start"|"end"/);

  // The talk as one file, for the USB stick.
  const carrying = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this talk as one file' }).click();
  const carried = await carrying;
  expect(carried.suggestedFilename()).toBe('briefing-for-mps.talk.html');
  // Saved under its own name: from file:// the browser reads a file by its extension.
  const talkFile = test.info().outputPath(carried.suggestedFilename());
  await carried.saveAs(talkFile);

  // A fresh browser: open the file, play it with PageDown.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('./');
  await openEditor(other);
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Open story…' }).click();
  await (await chooser).setFiles(file);
  await expect(steps(other)).toHaveCount(3);
  await other.getByRole('button', { name: 'Play from the start' }).click();
  await expect(other.getByTestId('story-position')).toHaveText('Step 1 of 3');
  await expect(other.getByTestId('story-caption').locator('p')).toHaveText([
    '192 signatories.',
    'They wrote to the High Commissioner.',
  ]);
  await other.keyboard.press('PageDown');
  await expect(other.getByTestId('story-position')).toHaveText('Step 2 of 3');
  await expect(other.locator(`[data-id="${wuc.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await other.keyboard.press('PageDown');
  await expect(other.getByTestId('story-position')).toHaveText('Step 3 of 3');
  await expect(other.getByTestId('story-title')).toHaveText('Diaspora groups');
  await expect(other).toHaveURL(/[?&]group=diaspora(&|$)/);
  await fresh.close();

  // The one file from file://, every request refused: presenter view at step 1.
  const usb = await browser.newContext();
  const requests: string[] = [];
  usb.on('request', (r) => requests.push(r.url()));
  await usb.route('**/*', (route) =>
    local(route.request().url()) ? route.continue() : route.abort(),
  );
  const talk = await usb.newPage();
  const errors: string[] = [];
  talk.on('pageerror', (e) => errors.push(e.message));
  await talk.goto(pathToFileURL(talkFile).href);
  await expect(talk.getByTestId('story-position')).toHaveText('Step 1 of 3');
  await expect(talk.locator('html')).toHaveAttribute('data-present', '');
  await talk.keyboard.press('PageDown');
  await expect(talk.getByTestId('story-position')).toHaveText('Step 2 of 3');
  await expect(talk.getByTestId('story-title')).toHaveText('Step 2');
  expect(requests.filter((r) => !local(r))).toEqual([]);
  expect(errors).toEqual([]);
  await usb.close();
});

test('a bad story file gets its message, and the stories in the browser are untouched', async ({
  page,
}) => {
  await page.goto('./');
  await openEditor(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
  const bad = {
    title: 'Broken',
    steps: [
      {
        id: 'one',
        title: 'One',
        caption: '',
        citations: [{ doc: 'open-letter', quote: 'words nobody wrote in the letter' }],
        view: {
          filters: {},
          highlight: ['nobody-at-all'],
          selection: null,
          zoom: 'fit',
          asOf: null,
        },
      },
    ],
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open story…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.story.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const dialog = page.getByRole('dialog', { name: 'Could not open the story broken.story.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('story-issues').getByRole('listitem')).toHaveText([
    'step "one" quote "words nobody wrote in the letter" is not in "open-letter"',
    'step "one" node "nobody-at-all" is not in the dataset',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(steps(page)).toHaveCount(1);
  await expect(page.getByTestId('story-picker').locator('option')).toHaveCount(2);
});

test('a step added just before a reload is kept (the page leaves with it in the journal)', async ({
  page,
}) => {
  await page.goto('./');
  await openEditor(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Title of the talk' }).fill('Quick one');
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(steps(page)).toHaveCount(1);
  // No wait for "Saved": the save is still waiting for the typing pause when the page goes.
  await page.reload();
  await openEditor(page);
  await expect(steps(page)).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Title of the talk' })).toHaveValue('Quick one');
});
