/**
 * "Map another letter": paste a letter, adjust its list, review drafts, add a second letter
 * from a file, open the merged map; a reload keeps the work; the downloaded dataset reopens.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { twoLetters } from '../lib/import/fixture.ts';
import { firstFrame } from './ready.ts';

const A = readFileSync('tests/fixtures/import/letter-a.txt', 'utf8');
/** Letter A with a closing line the list proposal takes in, for the person to remove. */
const PASTED = `${A}\nMore signatures are welcome.\n`;
const expected = twoLetters().dataset;

async function openImporter(page: Page) {
  await page.getByRole('button', { name: 'Add a letter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Map another letter' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('paste, adjust, review, add a file, open the merged map; reload keeps it; download reopens', async ({
  page,
}) => {
  // One long journey (two letters, each drafted against the map by the pipeline): more than 30 s.
  test.setTimeout(120_000);
  await page.goto('./');
  await firstFrame(page);
  let dialog = await openImporter(page);
  await dialog.getByRole('button', { name: 'Add a letter…' }).click();
  await dialog.getByLabel('Paste the letter’s text').fill(PASTED);
  await dialog.getByRole('button', { name: 'Use this text' }).click();

  // Details proposed from the text; the publisher is the person's to give.
  await expect(dialog.getByLabel('Title')).toHaveValue(
    'Joint statement: the Uyghur region after the UN assessment',
  );
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('2023-06-14');
  await dialog.getByLabel('Publisher').fill('Fixture publisher');
  await dialog.getByRole('button', { name: 'Confirm and go to the signatories' }).click();

  // The proposal runs to the end: the closing sentence is not a name.
  await expect(dialog.getByText('10 names', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove More signatures are welcome.' }).click();
  await expect(dialog.getByText('9 names', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Review 9 names' }).click();

  // The variant with its country in brackets is a near match, kept apart here.
  const near = dialog.getByRole('region', { name: 'Near matches' });
  await expect(near).toContainText('"Uyghur Academy (Turkey)" looks like "Uyghur Academy" (0.67)');
  await near.getByRole('button', { name: 'Keep apart' }).click();
  await expect(near).toHaveCount(0);

  // Two drafts reviewed: one changed with a note, one confirmed as drafted.
  await dialog.getByLabel('Group of Bright Harbour Association').selectOption('national');
  await dialog.getByLabel('Country of Bright Harbour Association').fill('NO');
  await dialog.getByLabel('Country of Bright Harbour Association').press('Tab');
  await dialog.getByLabel('Note for Bright Harbour Association').fill('Tested with a made-up note');
  await dialog.getByLabel('Note for Bright Harbour Association').press('Tab');
  await dialog
    .getByRole('button', { name: 'Confirm Nordic Institute for Minority Studies' })
    .click();
  await dialog.getByLabel('Only what needs a look').check();
  await expect(dialog.getByRole('row')).toHaveCount(1 + 3);
  await dialog.getByRole('button', { name: 'Done with this letter' }).click();

  // The second letter comes as a file.
  await dialog.getByRole('button', { name: 'Add a letter…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles('tests/fixtures/import/letter-b.md');
  await dialog.getByLabel('Publisher').fill('Fixture publisher');
  await dialog.getByRole('button', { name: 'Confirm and go to the signatories' }).click();
  await expect(dialog.getByText('7 names', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Review 7 names' }).click();
  await dialog.getByRole('button', { name: 'Done with this letter' }).click();

  const counts = `${expected.nodes.length} actors, ${expected.links.length} links`;
  await dialog.getByRole('button', { name: 'Open in the explorer' }).click();
  await expect(page.getByTestId('notice')).toContainText(
    `Opened the map with 2 added letters: ${counts}`,
  );
  await expect(dialog).toHaveCount(0);

  // Three letters now: the Letters facet and the comparison of the two added ones.
  await expect(page.locator('label', { hasText: 'Signed all 3' })).toContainText('2');
  await expect(page.getByTestId('compare-totals')).toHaveText(/Both: 3\s*Only A: 6\s*Only B: 4/);
  // A part of the comparison is a filter of exactly its names, and says which in the summary.
  await page.getByRole('button', { name: 'Only A: 6' }).click();
  await expect(page.getByTestId('filter-summary')).toContainText('Showing 6 of');
  await expect(page.getByTestId('filter-summary')).toContainText(', not ');
  // The Letters facet shows the part it filters by, ticked, so it can be unticked.
  await expect(page.getByRole('checkbox', { name: /^Signed .+, not / })).toBeChecked();
  await page.getByRole('button', { name: 'Both, diaspora: 2' }).click();
  await expect(page.getByTestId('filter-summary')).toContainText('group: diaspora');

  // A reload keeps the work in progress: both letters, the decisions with them.
  await page.reload();
  dialog = await openImporter(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: /^Joint statement/ }).click();
  await expect(dialog.getByLabel('Country of Bright Harbour Association')).toHaveValue('NO');

  // The downloaded dataset opens as any dataset file does.
  await dialog.getByRole('button', { name: 'Close' }).click();
  dialog = await openImporter(page);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download dataset (.json)' }).click();
  const path = await (await download).path();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await picker).setFiles(path);
  await expect(page.getByTestId('notice')).toContainText(`${counts}, 7 documents`);
});
