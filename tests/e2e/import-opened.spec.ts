/**
 * "Add a letter…" on a map opened from a file: the letter is merged with that map (its actors
 * kept), the comparison counts the fixture lists exactly, and a reload keeps the map the work
 * adds to. A file the pipeline cannot rebuild is refused with its reason, the explorer untouched.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headline } from '../../src/lib/graph/about.ts';
import { serialise } from '../../src/lib/pipeline/build.ts';
import type { Dataset } from '../../src/lib/types.ts';
import { twoLetters, withLetterA } from '../lib/import/fixture.ts';

const B = readFileSync('tests/fixtures/import/letter-b.md', 'utf8');
/** The built-in map with letter A, as the importer downloads it: the file opened here. */
const opened = withLetterA();
/** Letter B added to it: the same map as A and B added to the built-in one. */
const expected = twoLetters().dataset;
const counts = `${expected.nodes.length} actors, ${expected.links.length} links`;

async function openFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('notice')).toContainText(`Opened ${name}`);
}

async function openImporter(page: Page) {
  await page.getByRole('button', { name: 'Add a letter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Map another letter' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a letter added to an opened map keeps its actors; the counts are exact; a reload keeps it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('./');
  await expect(page.getByTestId('subtitle')).toBeVisible();
  await openFile(page, 'letter-a-map.json', serialise(opened));

  let dialog = await openImporter(page);
  const base = dialog.getByTestId('import-base');
  await expect(base).toContainText(`merged with the map “${headline(opened)}”`);
  await dialog.getByRole('button', { name: 'Add a letter…' }).click();
  await dialog.getByLabel('Paste the letter’s text').fill(B);
  await dialog.getByRole('button', { name: 'Use this text' }).click();
  await dialog.getByLabel('Publisher').fill('Fixture publisher');
  await dialog.getByRole('button', { name: 'Confirm and go to the signatories' }).click();
  await expect(dialog.getByText('7 names', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Review 7 names' }).click();
  // Known to the opened map: 3 names of letter A and 2 more of the 8 March letter (an empty
  // map, what the importer started before, knows none).
  await expect(dialog.getByRole('row').filter({ hasText: 'Already on the map' })).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Done with this letter' }).click();

  await dialog.getByRole('button', { name: 'Open in the explorer' }).click();
  await expect(page.getByTestId('notice')).toContainText(
    `Opened the map with 1 added letter: ${counts}`,
  );
  // Three letters: the 8 March one and A from the file, B added. A and B share 3 names (World
  // Uyghur Congress, Amnesty International, Uyghur Women's Network in Sweden); A has 6 more, B 4.
  await expect(page.locator('label', { hasText: 'Signed all 3' })).toContainText('2');
  await expect(page.getByTestId('compare-totals')).toHaveText(/Both: 3\s*Only A: 6\s*Only B: 4/);

  // A reload opens the built-in map; the work still adds to the opened one, which is kept.
  await page.reload();
  await expect(page.getByTestId('subtitle')).toBeVisible();
  dialog = await openImporter(page);
  await expect(dialog.getByTestId('import-base')).toContainText(`the map “${headline(opened)}”`);
  await expect(dialog.getByText('not to the map open in the explorer now')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Open in the explorer' }).click();
  await expect(page.getByTestId('notice')).toContainText(
    `Opened the map with 1 added letter: ${counts}`,
  );
  await expect(page.getByTestId('compare-totals')).toHaveText(/Both: 3\s*Only A: 6\s*Only B: 4/);
  // The importer came; pdf.js (no PDF) and the built-in map's sources (another base) did not.
  expect(scripts.filter((s) => /\/ImportDialog-/.test(s)).length).toBeGreaterThan(0);
  expect(scripts.filter((s) => /\/(pdf|builtin)-/.test(s))).toEqual([]);
});

test('a map the pipeline cannot rebuild is refused with the reason; the explorer is untouched', async ({
  page,
}) => {
  // The small hand-made fixture with a document id the pipeline does not accept.
  const text = readFileSync('tests/fixtures/mini-dataset.json', 'utf8').replaceAll(
    '"voa-diaspora-groups"',
    '"VOA"',
  );
  const broken = JSON.parse(text) as Dataset;
  await page.goto('./');
  await expect(page.getByTestId('subtitle')).toBeVisible();
  await openFile(page, 'broken.json', text);
  const subtitle = await page.getByTestId('subtitle').textContent();

  const dialog = await openImporter(page);
  await expect(
    dialog.getByRole('heading', { name: `“${headline(broken)}” cannot take new letters` }),
  ).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('This map does not rebuild: 1 problem');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'data/sources/sources.json › [1].id: expected lower-case letters, digits and "-"',
  ]);
  await expect(dialog.getByRole('button', { name: 'Add a letter…' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Start a new, empty map instead' }).click();
  await expect(dialog.getByTestId('import-base')).toContainText('merged with a new, empty map');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('subtitle')).toHaveText(subtitle ?? '');
});

test('a hand-made map that would change when rebuilt: the changes are listed before going on', async ({
  page,
}) => {
  const text = readFileSync('tests/fixtures/two-letters.json', 'utf8');
  const river = JSON.parse(text) as Dataset;
  await page.goto('./');
  await expect(page.getByTestId('subtitle')).toBeVisible();
  await openFile(page, 'river.json', text);

  const dialog = await openImporter(page);
  await expect(
    dialog.getByRole('heading', { name: `“${headline(river)}” would change when rebuilt` }),
  ).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('that changes 1 actor and 4 links');
  // Mara Vell's signature cites "Mara Vell, individual", not a name as printed in a list.
  await expect(dialog.getByTestId('base-changes').getByRole('listitem')).toHaveText([
    'actor Mara Vell: signatory yes → no',
    'link Delta Fishers Union signed Spring letter on river rights: date none → “2023-04-03”',
    'link Hill Farmers Cooperative signed Spring letter on river rights: date none → “2023-04-03”',
    'link River Friends Association signed Autumn statement on the river survey: date none → “2023-10-09”',
    'link River Friends Association signed Spring letter on river rights: date none → “2023-04-03”',
  ]);
  await dialog.getByRole('button', { name: 'Go on with the rebuilt map' }).click();
  await expect(dialog.getByTestId('import-base')).toContainText(
    `merged with the map “${headline(river)}”`,
  );
  await expect(dialog.getByRole('button', { name: 'Add a letter…' })).toBeVisible();
});
