import { expect, test } from '@playwright/test';
import { node } from './dataset.ts';

test('keyboard only: Tab to the search, type, ArrowDown, Enter, then Escape clears', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  await page.goto('./');
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
