import { expect, test } from '@playwright/test';
import { node } from './dataset.ts';
import { firstFrame } from './ready.ts';

test('keyboard only: Tab to the search, type, ArrowDown, Enter, then Escape clears', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  await page.goto('./');
  await firstFrame(page);
  const box = page.getByRole('combobox', { name: 'Search actors' });
  for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('World Uyghur Congress');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-opt-0');
  await expect(page.locator('#search-opt-0')).toContainText(wuc.name);
  await page.keyboard.press('Enter');
  await expect(page.locator('#panel-title')).toHaveText(wuc.name);
  await expect(page.getByTestId('announcer')).toContainText(`Selected ${wuc.name}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel-title')).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
});

test('keyboard in the graph: arrows walk the neighbours of the selected node, Enter selects', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}`);
  const self = page.locator(`[data-id="${wuc.id}"]`);
  await self.focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('.node:focus');
  const id = await focused.getAttribute('data-id');
  expect(id).not.toBe(wuc.id);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`node=${id}`));
});

test('the focused node has a halo as large as the selection’s, in the focus colour', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}`);
  await page.locator(`[data-id="${wuc.id}"]`).focus();
  await page.keyboard.press('ArrowRight');
  const id = await page.locator('.node:focus').getAttribute('data-id');
  const ring = page.locator('[data-focus-ring]');
  await expect(ring).toHaveCount(1);
  const selected = page.locator('.ring.selected');
  const [focusBox, selectedBox] = [await ring.boundingBox(), await selected.boundingBox()];
  const nodeBox = await page.locator(`.node[data-id="${id}"]`).boundingBox();
  // The halo reaches beyond the shape on every side, like the selection's does.
  expect(focusBox!.width).toBeGreaterThan(nodeBox!.width + 6);
  expect(selectedBox!.width).toBeGreaterThan(0);
  const [focusColour, strokeWidth] = await ring.evaluate((el) => [
    getComputedStyle(el).stroke,
    parseFloat(getComputedStyle(el).strokeWidth),
  ]);
  expect(strokeWidth).toBeGreaterThanOrEqual(3);
  const cssFocus = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  expect(focusColour).toBe(cssFocus);
});

test('the skip link moves focus to the graph without "#stage" in the address', async ({ page }) => {
  await page.goto('./?group=diaspora');
  await firstFrame(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the graph' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#stage')).toBeFocused();
  expect(page.url()).not.toContain('#');
  await expect(page).toHaveURL(/group=diaspora/);
});
