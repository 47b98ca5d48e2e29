import { expect, test } from '@playwright/test';
import { node } from './dataset.ts';

test('a search with a typo finds Amnesty International, and choosing it selects the node', async ({
  page,
}) => {
  const amnesty = node('amnesty-international');
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Search actors' });
  await box.fill('amnesty internatonal');
  const option = page.getByRole('option').first();
  await expect(option).toContainText(amnesty.name);
  // While typing, the match is highlighted in the graph.
  await expect(page.locator(`[data-id="${amnesty.id}"]`)).toHaveClass(/\bhit\b/);
  await option.click();
  await expect(page.getByRole('heading', { level: 2, name: amnesty.name })).toBeVisible();
  await expect(page.locator(`[data-id="${amnesty.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/node=amnesty-international/);
});

test('accents and acronyms: "omct" finds the World Organisation Against Torture', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Search actors' }).fill('omct');
  await expect(page.getByRole('option').first()).toContainText(
    'World Organisation Against Torture',
  );
});

test('a link with a query (?q=) opens with its matches lit in the graph', async ({ page }) => {
  // The search code loads after the first frame; a query in the address loads it at once.
  const amnesty = node('amnesty-international');
  await page.goto('./?q=amnesty');
  await expect(page.locator(`[data-id="${amnesty.id}"]`)).toHaveClass(/\bhit\b/);
  await expect(page.getByRole('combobox', { name: 'Search actors' })).toHaveValue('amnesty');
});

test('Enter typed before the search has loaded chooses the first result once it has', async ({
  page,
}) => {
  const amnesty = node('amnesty-international');
  // Hold the search code back, as a slow network or machine would, until after the Enter.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Search actors' });
  await box.fill('amnesty');
  await box.press('Enter');
  // Not "No actor matches": the search has not run yet.
  await expect(page.getByRole('option')).toHaveText(['Searching…']);
  release();
  await expect(page.getByRole('heading', { level: 2, name: amnesty.name })).toBeVisible();
  await expect(page).toHaveURL(/node=amnesty-international/);
  await expect(box).toHaveValue('');
});
