import { expect, test, type Page } from '@playwright/test';
import { expectedSummary, node, PRESETS } from './dataset.ts';

test('a shared link reopens the same selection and filters; back returns to the previous selection', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  const expected = expectedSummary(PRESETS.diaspora);
  await page.goto(`./?node=${wuc.id}&group=diaspora`);
  const heading = page.locator('#panel-title');
  await expect(heading).toHaveText(wuc.name);
  await expect(page.getByTestId('filter-summary')).toContainText(expected.text);

  await page.reload();
  await expect(heading).toHaveText(wuc.name);
  await expect(page.getByTestId('filter-summary')).toContainText(expected.text);
  await expect(page.getByLabel('Diaspora organisation')).toBeChecked();

  // Step to a neighbour from the panel, then back.
  const connections = page.locator('section[aria-labelledby="connections-title"]');
  const next = connections.locator('li .linklike').first();
  const nextName = (await next.textContent())!.trim();
  await next.click();
  await expect(heading).toHaveText(nextName);
  await page.goBack();
  await expect(heading).toHaveText(wuc.name);
  await page.goForward();
  await expect(heading).toHaveText(nextName);
});

test('an unknown node id in the URL is ignored with a notice', async ({ page }) => {
  await page.goto('./?node=no-such-actor&group=diaspora');
  await expect(page.getByTestId('notice')).toContainText('no-such-actor');
  await expect(page.getByRole('heading', { name: 'Every fact has its sentence' })).toBeVisible();
  // The rest of the URL still applies.
  await expect(page.getByTestId('filter-summary')).toContainText(
    expectedSummary(PRESETS.diaspora).text,
  );
  await page.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

/** The World Uyghur Congress selected by a link: its panel's heading and the search box. */
async function openOnWuc(page: Page) {
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}`);
  const heading = page.locator('#panel-title');
  await expect(heading).toHaveText(wuc.name);
  return { wuc, heading, box: page.getByRole('combobox', { name: 'Search actors' }) };
}

test('typing writes the query into the URL after a pause, reload keeps it, and back still steps through selections', async ({
  page,
}) => {
  const { wuc, heading, box } = await openOnWuc(page);
  await box.fill('amnesty');
  // The replacement waits for a pause in typing; the selection's entry stays where it was.
  await expect(page).toHaveURL(/[?&]q=amnesty(&|$)/);
  expect(new URL(page.url()).searchParams.get('node')).toBe(wuc.id);
  await page.reload();
  await expect(box).toHaveValue('amnesty');
  await expect(heading).toHaveText(wuc.name);
  // Choosing a result pushes a new entry; back returns to WUC with the query as it was.
  await box.press('Enter');
  await expect(heading).toHaveText('Amnesty International');
  await page.goBack();
  await expect(heading).toHaveText(wuc.name);
  await expect(box).toHaveValue('amnesty');
});

test('a query typed and chosen at once, within the pause, is still there on Back', async ({
  page,
}) => {
  const { wuc, heading, box } = await openOnWuc(page);
  // No wait between typing and Enter: the URL replacement for the query is still pending.
  await box.fill('amnesty');
  await box.press('Enter');
  await expect(heading).toHaveText('Amnesty International');
  await page.goBack();
  await expect(heading).toHaveText(wuc.name);
  await expect(box).toHaveValue('amnesty');
  expect(new URL(page.url()).searchParams.get('q')).toBe('amnesty');
});

test('Copy link right after a filter change holds that filter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByLabel('Diaspora organisation').check();
  await page.getByRole('button', { name: /Share & export/ }).click();
  await page.getByRole('menuitem', { name: /Copy link/ }).click();
  // The writers load on first use: wait for the menu's confirmation, then read the clipboard.
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('group')).toBe('diaspora');
});
