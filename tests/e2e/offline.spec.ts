/**
 * The one-file offline build (dist/offline/coalition-atlas.html, written by `npm run build`,
 * which Playwright's webServer runs first) opened from file:// with every network request
 * refused: it must make none, and still do what the hosted app does.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext } from '@playwright/test';
import { ds, firstMention, node } from './dataset.ts';
import { firstFrame } from './ready.ts';

const FILE = resolve('dist/offline/coalition-atlas.html');
const local = (url: string) => url.startsWith('file:') || url.startsWith('data:');

/** Block the network for the whole context; return the list every request is written to. */
async function offline(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) =>
    local(route.request().url()) ? route.continue() : route.abort(),
  );
  return requests;
}

test.beforeAll(() => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run build\` first.`);
});

test('the offline file is one self-contained HTML file', () => {
  // Nothing beside it: no favicon, no assets folder; it must work when copied alone.
  expect(statSync(FILE).size).toBeGreaterThan(100_000);
  expect(existsSync(resolve('dist/offline/favicon.svg'))).toBe(false);
  expect(existsSync(resolve('dist/offline/assets'))).toBe(false);
});

test('from file:// with the network blocked: graph, search, panel, reader, no request', async ({
  context,
  page,
}) => {
  const requests = await offline(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(FILE).href;
  await page.goto(url);

  // The graph painted its first frame.
  await firstFrame(page);
  await expect(page.locator('[data-id]').first()).toBeVisible();

  // Search by acronym, choose the hit: the node is selected and its panel shows an excerpt.
  const omct = node('world-organisation-against-torture-omct');
  await page.getByRole('combobox', { name: 'Search actors' }).fill('omct');
  const option = page.getByRole('option').first();
  await expect(option).toContainText('World Organisation Against Torture');
  await option.click();
  await expect(page.getByRole('heading', { level: 2, name: omct.name })).toBeVisible();
  await expect(page.locator(`[data-id="${omct.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  const { doc, citation } = firstMention(omct.id);
  const mentions = page.getByRole('region', { name: 'Mentions in the sources' });
  await expect(mentions.locator('mark').first()).toHaveText(citation.quote);

  // The URL keeps the selection under file:// (pushState works on file: URLs in Chromium).
  await expect(page).toHaveURL(new RegExp(`^file:.*\\?.*node=${omct.id}`));

  // The document reader opens on the passage.
  await mentions.getByRole('button', { name: 'Open in document' }).first().click();
  await expect(page.getByRole('article', { name: doc.title })).toBeVisible();
  await expect(page.getByTestId('passage')).toHaveText(citation.quote);

  // Back steps to the node alone; a reload from the file:// URL restores it.
  await page.goBack();
  await expect(page.getByRole('article', { name: doc.title })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: omct.name })).toBeVisible();

  expect(requests.filter((r) => !local(r))).toEqual([]);
  // The only file it reads is itself.
  expect(requests.filter((r) => r.startsWith('file:') && !r.startsWith(url))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a shared link opens the same view from file://', async ({ context, page }) => {
  const requests = await offline(context);
  const wuc = node('world-uyghur-congress');
  await page.goto(`${pathToFileURL(FILE).href}?node=${wuc.id}&view=list`);
  await expect(page.getByRole('heading', { level: 2, name: wuc.name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
  expect(requests.filter((r) => !local(r))).toEqual([]);
});

test('from file:// offline: PNG and GEXF downloads, and opening another dataset', async ({
  context,
  page,
}) => {
  const requests = await offline(context);
  await page.goto(pathToFileURL(FILE).href);
  await expect(page.getByTestId('subtitle')).toContainText(`${ds.nodes.length} actors`);

  for (const [item, extension] of [
    ['PNG image (2×)', '.png'],
    ['GEXF for Gephi', '.gexf'],
  ] as const) {
    await page.getByRole('button', { name: 'Share & export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\${extension}$`));
    expect(statSync(await file.path()).size).toBeGreaterThan(1000);
  }

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles('data/examples/minimal.json');
  await expect(page.getByTestId('subtitle')).toContainText('3 actors, 2 links, 1 source');

  expect(requests.filter((r) => !local(r))).toEqual([]);
});
