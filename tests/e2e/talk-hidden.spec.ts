/**
 * A talk written with "Hide people's names" on: its story file names nobody and opens again in
 * a fresh browser (names hidden there too) and plays; its one-file talk names nobody in any of
 * its bytes, and from file://, with every request refused, drives a presenter console that
 * shows the step on screen, the next one and the notes. Names and expectations come from
 * data/coalition.json.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { personAliases, personId } from '../../src/lib/redact/anonymise.ts';
import { ds, firstMention, node } from './dataset.ts';
import { firstFrame } from './ready.ts';

const people = ds.nodes.filter((n) => n.kind === 'person');
/** Every way the dataset spells a person: name, aliases and id. */
const NAMES = people.flatMap((p) => [p.name, ...p.aliases, p.id]);
const isa = node('dolkun-isa');
const wuc = node('world-uyghur-congress');
const stand = personAliases(ds).get(isa.id)!;
const local = (url: string) => url.startsWith('file:') || url.startsWith('data:');

const steps = (page: Page) => page.getByTestId('editor-step');
const caption = (page: Page) => page.getByRole('textbox', { name: /^Caption/ });
const notes = (page: Page) => page.getByRole('textbox', { name: /^Speaker notes/ });

/** The names of people found in `text`. */
const named = (text: string) => NAMES.filter((name) => text.includes(name));

test('names hidden: the story file reopens and plays; the one-file talk names nobody and drives its console offline', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  expect(people.length).toBeGreaterThan(0);
  // Dolkun Isa's panel, names hidden (his id in the address is his stand-in's).
  await page.goto(`./?anon=1&node=${personId(stand)}`);
  await expect(page.locator('#panel-title')).toHaveText(stand);
  await page.getByRole('button', { name: 'Your talk' }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Title of the talk' }).fill(`${isa.name} and the WUC`);

  // Step 1: him selected, a caption and notes that name him, his first mention cited.
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await caption(page).fill(`${isa.name} leads the World Uyghur Congress.`);
  await notes(page).fill(`Ask about ${isa.name} last.`);
  const mentions = page.getByRole('region', { name: 'Mentions in the sources' });
  await mentions.getByRole('button', { name: 'Open in document' }).first().click();
  await expect(page.getByTestId('passage')).toBeVisible();
  await page.getByRole('button', { name: 'Cite in step' }).click();
  await expect(page.getByTestId('cite-status')).toContainText('Cited “');

  // Step 2: the World Uyghur Congress.
  await page.getByRole('combobox', { name: 'Search actors' }).fill(wuc.name);
  await page.getByRole('option').first().click();
  await expect(page.locator('#panel-title')).toHaveText(wuc.name);
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(steps(page)).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The congress');
  await notes(page).fill('Then the congress.');
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');

  // The story file: marked, its quote the hidden document's words, no name in it.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save story as file' }).click();
  const storyFile = await (await saving).path();
  const storyText = readFileSync(storyFile, 'utf8');
  expect(named(storyText)).toEqual([]);
  const json = JSON.parse(storyText);
  expect(json.peopleHidden).toBe(true);
  expect(json.steps[0].view.selection).toBe(personId(stand));
  expect(json.steps[0].citations[0].quote).toContain(stand);

  // The one-file talk: no person's name in any of its bytes.
  const carrying = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this talk as one file' }).click();
  const carried = await carrying;
  const talkFile = test.info().outputPath(carried.suggestedFilename());
  await carried.saveAs(talkFile);
  expect(named(readFileSync(talkFile, 'utf8'))).toEqual([]);

  // A fresh browser, names shown: the file opens, hides them, and plays.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('./');
  await firstFrame(other);
  await other.getByRole('button', { name: 'Your talk' }).click();
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Open story…' }).click();
  await (await chooser).setFiles(storyFile);
  await expect(steps(other)).toHaveCount(2);
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await other.getByRole('button', { name: 'Play from the start' }).click();
  await expect(other.getByTestId('story-position')).toHaveText('Step 1 of 2');
  await expect(other.getByTestId('story-caption')).toHaveText(
    `${stand} leads the World Uyghur Congress.`,
  );
  await expect(other.locator(`[data-id="${isa.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('#panel-title')).toHaveText(stand);
  // Its source opens the very passage cited, in the document as shown (names hidden).
  const { doc } = firstMention(isa.id);
  await other.getByRole('button', { name: new RegExp(`\\(${doc.title}\\)$`) }).click();
  await expect(other.getByTestId('passage')).toContainText(stand);
  await other.keyboard.press('Escape');
  await other.keyboard.press('PageDown');
  await expect(other.getByTestId('story-position')).toHaveText('Step 2 of 2');
  await expect(other.getByTestId('story-title')).toHaveText('The congress');
  await fresh.close();

  // The talk from file://, every request refused: presenter view, then its console.
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
  await expect(talk.getByTestId('story-position')).toHaveText('Step 1 of 2');
  await expect(talk.locator('html')).toHaveAttribute('data-present', '');
  await expect(talk.getByTestId('story-caption')).toHaveText(
    `${stand} leads the World Uyghur Congress.`,
  );
  await talk.keyboard.press('p');
  await expect(talk.locator('html')).not.toHaveAttribute('data-present', '');
  await talk.getByRole('button', { name: 'Your talk' }).click();
  const opening = usb.waitForEvent('page');
  await talk.getByRole('button', { name: 'Open presenter console' }).click();
  const console = await opening;
  console.on('pageerror', (e) => errors.push(e.message));
  await expect(console.getByTestId('presenter-console')).toBeVisible();
  await expect(console.getByTestId('console-position')).toHaveText('Step 1 of 2');
  await expect(console.getByTestId('console-current')).toHaveText('Step 1');
  await expect(console.getByTestId('console-notes')).toHaveText(`Ask about ${stand} last.`);
  await expect(console.getByTestId('console-next-title')).toHaveText('The congress');

  // The console drives the audience window, and shows the next step's notes.
  await console.keyboard.press('PageDown');
  await expect(talk.getByTestId('story-position')).toHaveText('Step 2 of 2');
  await expect(console.getByTestId('console-current')).toHaveText('The congress');
  await expect(console.getByTestId('console-notes')).toHaveText('Then the congress.');
  await expect(console.getByText('This is the last step.')).toBeVisible();
  // And the audience window drives the console.
  await talk.keyboard.press('ArrowLeft');
  await expect(console.getByTestId('console-position')).toHaveText('Step 1 of 2');
  expect(requests.filter((r) => !local(r))).toEqual([]);
  expect(errors).toEqual([]);
  await usb.close();
});
