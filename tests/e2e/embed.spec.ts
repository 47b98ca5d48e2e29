/**
 * The embedded view, inside an iframe of another page as an article would hold it: the graph,
 * the legend, the panel on click, and "Open in Coalition Atlas" with the same view; "Share &
 * export" gives the snippet for the current view.
 */
import { expect, test, type Page } from '@playwright/test';
import { node } from './dataset.ts';

const WUC = node('world-uyghur-congress');

/** A page of someone else's site holding `snippet` between two paragraphs. */
async function hostPage(page: Page, snippet: string): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="en"><title>An article</title><body>
     <p>Before the graph.</p>${snippet}<p>After the graph.</p></body></html>`,
  );
}

test('inside an iframe: graph, legend, panel on click, a link to the same view', async ({
  page,
  baseURL,
}) => {
  await hostPage(
    page,
    `<iframe src="${baseURL}?embed=1" title="Coalition Atlas" width="900" height="600"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator(`[data-id="${WUC.id}"]`)).toBeVisible();
  // Read-only: no search, no filters column, no export menu, no "Open a dataset…".
  await expect(frame.getByRole('combobox')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Share & export' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Open a dataset…' })).toHaveCount(0);
  await frame.getByText('Legend', { exact: true }).click();
  await expect(frame.getByRole('button', { name: /Diaspora organisation/ })).toBeVisible();

  await frame.locator(`[data-id="${WUC.id}"]`).click();
  await expect(frame.getByRole('heading', { level: 2, name: WUC.name })).toBeVisible();
  const open = frame.getByRole('link', { name: 'Open in Coalition Atlas' });
  await expect
    .poll(async () => {
      await open.hover();
      return open.getAttribute('href');
    })
    .toBe(`${baseURL}?node=${WUC.id}`);
  const popup = page.waitForEvent('popup');
  await open.click();
  const full = await popup;
  await expect(full.getByRole('heading', { level: 2, name: WUC.name })).toBeVisible();
  await expect(full.getByRole('combobox', { name: 'Search actors' })).toBeVisible();
  expect(new URL(full.url()).searchParams.has('embed')).toBe(false);
  await full.close();

  // Escape inside the frame closes the panel, as in the explorer.
  await frame.getByRole('heading', { level: 2, name: WUC.name }).click();
  await page.keyboard.press('Escape');
  await expect(frame.getByRole('heading', { level: 2, name: WUC.name })).toHaveCount(0);
});

test('"Embed this view" gives an iframe of the current view that opens it', async ({
  page,
  baseURL,
}) => {
  await page.goto(`./?node=${WUC.id}&group=diaspora`);
  await page.getByRole('button', { name: 'Share & export' }).click();
  await page.getByRole('menuitem', { name: 'Embed this view' }).click();
  const code = page.getByLabel('Embed code');
  await expect(code).toBeFocused();
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="${baseURL}\\?node=${WUC.id}&amp;group=diaspora&amp;embed=1" title="Coalition Atlas: [^"]+" width="100%" height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>$`,
    ),
  );
  await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeVisible();

  await hostPage(page, snippet);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 2, name: WUC.name })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'The coalition behind the 8 March 2022 open letter on the OHCHR Xinjiang report',
  );
});
