/**
 * Another dataset is described by its own content: the subtitle, a signatory's panel and the
 * list of sources word themselves from the file, and nothing names the built-in 8 March letter.
 */
import { expect, test, type Page } from '@playwright/test';
import { ds } from './dataset.ts';

async function open(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles(path);
}

/** The whole visible text of the page, lower-cased, for what must not appear anywhere. */
async function pageText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).toLowerCase();
}

test('the minimal example: its own letter in the subtitle, the panel, one source', async ({
  page,
}) => {
  await page.goto('./');
  await open(page, 'data/examples/minimal.json');
  await expect(page.getByTestId('subtitle')).toHaveText(
    '1 organisation signed the Open letter of 1 May 2022 — 3 actors, 2 links, 1 source',
  );
  await expect(
    page.getByRole('heading', { level: 3, name: 'The source', exact: true }),
  ).toBeVisible();
  expect(await pageText(page)).not.toContain('8 march');

  await page.locator('[data-id="example-uyghur-association-in-finland"]').click();
  const panel = page.locator('.node-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Example Uyghur Association in Finland',
  );
  await expect(panel.locator('.kind')).toHaveText(
    'Organisation · signed the Open letter of 1 May 2022',
  );
  expect(await pageText(page)).not.toContain('8 march');
});

test('two letters: the subtitle names each, a signer of both says so', async ({ page }) => {
  await page.goto('./');
  await open(page, 'tests/fixtures/two-letters.json');
  await expect(page.getByTestId('subtitle')).toHaveText(
    '4 organisations and individuals signed the Spring letter on river rights; ' +
      '2 organisations signed the Autumn statement on the river survey — 8 actors, 8 links, 2 sources',
  );
  await expect(page.getByRole('heading', { level: 3, name: 'The 2 sources' })).toBeVisible();
  await page.locator('[data-id="river-friends"]').click();
  await expect(page.locator('.node-panel .kind')).toHaveText(
    'Organisation · signed the Spring letter on river rights and the Autumn statement on the river survey',
  );
  expect(await pageText(page)).not.toContain('8 march');
});

test('the built-in dataset: its own title, description and letter', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('subtitle')).toHaveText(
    `${ds.title} — ${ds.nodes.length} actors, ${ds.links.length} links, 5 sources`,
  );
  await expect(page.getByText(ds.description ?? 'no description')).toBeVisible();
  await page.goto('./?node=world-uyghur-congress');
  await expect(page.locator('.node-panel .kind')).toHaveText(
    'Organisation · signed the 8 March 2022 open letter',
  );
});
