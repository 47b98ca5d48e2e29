/**
 * "Open a dataset…": another coalition's file through the picker, by drag-and-drop, or from a
 * `?data=` address; a file that does not fit is listed and changes nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/types.ts';
import { ds, node } from './dataset.ts';
import { firstFrame } from './ready.ts';

const MINIMAL = 'data/examples/minimal.json';
const minimalText = readFileSync(MINIMAL, 'utf8');
/** What the subtitle says for data/examples/minimal.json (3 nodes, 2 links, 1 document). */
const MINIMAL_COUNTS = '3 actors, 2 links, 1 source';
const PUBLISHED = 'https://data.example.org/coalitions/minimal.json';

/** The minimal example with a node of a kind that does not exist and a link to no node. */
function brokenText(): string {
  const d = JSON.parse(minimalText) as Dataset;
  (d.nodes[2] as { kind: string }).kind = 'agency';
  d.links[1]!.target = 'ghost';
  return JSON.stringify(d, null, 2);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles(path);
}

test('the file picker opens the minimal example: counts, notice, a fresh URL', async ({ page }) => {
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}`);
  await expect(page.getByRole('heading', { level: 2, name: wuc.name })).toBeVisible();
  await chooseFile(page, MINIMAL);
  await expect(page.getByTestId('subtitle')).toContainText(MINIMAL_COUNTS);
  await expect(page.getByTestId('notice')).toContainText(
    'Opened minimal.json: 3 actors, 2 links, 1 document',
  );
  // The old selection belonged to the old dataset: gone from the view and from the URL.
  await expect(page.getByRole('heading', { level: 2, name: wuc.name })).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  // The new dataset is searchable and selectable like the built-in one.
  await page.getByRole('combobox', { name: 'Search actors' }).fill('finland');
  await page.getByRole('option').first().click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Example Uyghur Association in Finland' }),
  ).toBeVisible();
});

test('hidden names stay hidden when another dataset is opened', async ({ page }) => {
  await page.goto('./?node=world-uyghur-congress&anon=1&view=list');
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
  await chooseFile(page, MINIMAL);
  await expect(page.getByTestId('subtitle')).toContainText(MINIMAL_COUNTS);
  const params = new URL(page.url()).searchParams;
  expect([...params.keys()].sort()).toEqual(['anon', 'view']);
  expect(params.get('anon')).toBe('1');
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
});

test('a broken file lists each problem and leaves the view as it was', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('broken.json');
  writeFileSync(file, brokenText());
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}&group=diaspora`);
  const before = page.url();
  await chooseFile(page, file);

  const dialog = page.getByRole('dialog', { name: 'Could not open broken.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('does not fit the Coalition Atlas dataset format: 3 problems');
  const issues = dialog.getByTestId('dataset-issues').getByRole('listitem');
  await expect(issues).toHaveCount(3);
  await expect(issues.nth(0)).toContainText('nodes[2].kind');
  await expect(issues.nth(0)).toContainText('high-commissioner');
  await expect(issues.nth(0)).toContainText('got "agency"');
  await expect(issues.nth(2)).toContainText('links[1].target');
  await expect(issues.nth(2)).toContainText('target "ghost" is not a node id');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  // Same dataset, same selection, same filters, same address.
  await expect(page.getByRole('heading', { level: 2, name: wuc.name })).toBeVisible();
  await expect(page.locator(`[data-id="${wuc.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('subtitle')).toContainText(`${ds.nodes.length} actors`);
  expect(page.url()).toBe(before);
});

test('a file that is not JSON says so, with the parser message', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('notes.json');
  writeFileSync(file, '{ "version": 1,');
  await page.goto('./');
  await firstFrame(page);
  await chooseFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Could not open notes.json' });
  await expect(dialog).toContainText('notes.json is not a JSON file.');
  await expect(dialog.getByRole('listitem')).toContainText('not valid JSON (');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('dropping a dataset file on the window opens it', async ({ page }) => {
  await page.goto('./');
  // The prerendered picture shows the subtitle too: the drop must reach the app's listeners.
  await firstFrame(page);
  await expect(page.getByTestId('subtitle')).toContainText(`${ds.nodes.length} actors`);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    const drag = (type: string) =>
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, cancelable: true }));
    drag('dragenter');
    drag('dragover');
    // Hand the DataTransfer to the test for the drop, once the overlay has been checked.
    (window as unknown as { drop: () => void }).drop = () => drag('drop');
  }, minimalText);
  await expect(page.getByTestId('drop-overlay')).toContainText(
    'Drop a Coalition Atlas dataset or story (.json)',
  );
  await page.evaluate(() => (window as unknown as { drop: () => void }).drop());
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expect(page.getByTestId('subtitle')).toContainText(MINIMAL_COUNTS);
  await expect(page.getByTestId('notice')).toContainText('Opened dropped.json');
});

test('?data= opens a dataset published at another address', async ({ page }) => {
  await page.route(PUBLISHED, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: minimalText,
    }),
  );
  await page.goto(`./?data=${encodeURIComponent(PUBLISHED)}`);
  await expect(page.getByTestId('subtitle')).toContainText(MINIMAL_COUNTS);
  // The address stays in the URL as the view changes, so a shared link opens the same data.
  await page.getByRole('combobox', { name: 'Search actors' }).fill('high commissioner');
  await page.getByRole('option').first().click();
  await expect(page).toHaveURL(/node=high-commissioner/);
  expect(new URL(page.url()).searchParams.get('data')).toBe(PUBLISHED);
});

test('?data= that 404s names the address and the status, and offers the built-in data', async ({
  page,
}) => {
  await page.route(PUBLISHED, (route) =>
    route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'no' }),
  );
  await page.goto(`./?data=${encodeURIComponent(PUBLISHED)}`);
  const message = page.getByTestId('error-message');
  await expect(message).toContainText(PUBLISHED);
  await expect(message).toContainText('HTTP 404');
  await page.getByRole('link', { name: 'Open the built-in dataset instead' }).click();
  await expect(page.getByTestId('subtitle')).toContainText(`${ds.nodes.length} actors`);
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
});

test('?data= that cannot be fetched at all (network, CORS) says why it may be', async ({
  page,
}) => {
  await page.route(PUBLISHED, (route) => route.abort('connectionrefused'));
  await page.goto(`./?data=${encodeURIComponent(PUBLISHED)}`);
  const message = page.getByTestId('error-message');
  await expect(message).toContainText(`Could not fetch the dataset at ${PUBLISHED}`);
  await expect(message).toContainText('Access-Control-Allow-Origin');
  await expect(page.getByRole('link', { name: 'Open the built-in dataset instead' })).toBeVisible();
});

test('?data= that fetches but does not fit lists the problems', async ({ page }) => {
  await page.route(PUBLISHED, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: brokenText(),
    }),
  );
  await page.goto(`./?data=${encodeURIComponent(PUBLISHED)}`);
  const issues = page.locator('.issues li');
  await expect(issues.filter({ hasText: 'nodes[2].kind' })).toHaveCount(1);
  await expect(issues.filter({ hasText: 'links[1].target' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Open the built-in dataset instead' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the issue list and the drop overlay have no serious violations (${scheme})`, async ({
    browser,
  }, testInfo) => {
    // AxeBuilder needs a page from browser.newContext().
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const file = testInfo.outputPath('broken.json');
    writeFileSync(file, brokenText());
    await page.goto('./');
    await firstFrame(page);
    await chooseFile(page, file);
    await expect(page.getByRole('dialog')).toBeVisible();
    const scan = async (selector: string) =>
      (await new AxeBuilder({ page }).include(selector).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
    expect(await scan('dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File(['{}'], 'x.json'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer, cancelable: true }));
    });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    expect(await scan('[data-testid="drop-overlay"]')).toEqual([]);
    await context.close();
  });
}
