/**
 * The list view (issue 13 §5): beside an open panel at 1366×768 and 1024×768 the table fits its
 * column (the Links column, the default sort, whole: "201" not "20"), and the sort is kept in
 * the address, so a reload or a shared link sorts the same way. Figures from the dataset.
 */
import { expect, test } from '@playwright/test';
import { ds, index } from './dataset.ts';

const mostLinked = [...ds.nodes].sort(
  (a, b) => (index.degree.get(b.id) ?? 0) - (index.degree.get(a.id) ?? 0),
)[0]!;

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]) {
  test(`${size.width}×${size.height}, panel open: the table fits, Links whole`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?view=list&node=world-uyghur-congress');
    await expect(page.locator('.node-panel')).toBeVisible();
    const scroller = page.locator('.list-view');
    const fits = await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    const column = (await scroller.boundingBox())!;
    const links = (await page.getByRole('columnheader', { name: /Links/ }).boundingBox())!;
    expect(links.x + links.width).toBeLessThanOrEqual(column.x + column.width);
    // The most linked actor's count, whole, inside the column.
    const row = page.getByRole('row').filter({ hasText: mostLinked.name }).first();
    const cell = row.getByRole('cell').last();
    await expect(cell).toHaveText(String(index.degree.get(mostLinked.id)));
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
  });
}

test('the sort is kept in the address and read back', async ({ page }) => {
  await page.goto('./?view=list');
  const name = page.getByRole('columnheader', { name: /Name/ });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await name.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const first = [...ds.nodes].sort((a, b) =>
    b.name.localeCompare(a.name, 'en', { sensitivity: 'base', numeric: true }),
  )[0]!;
  await expect(page.getByRole('row').nth(1)).toContainText(first.name);
});
