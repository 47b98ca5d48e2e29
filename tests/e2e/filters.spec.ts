import { expect, test } from '@playwright/test';
import { visibleIds } from '../../src/lib/graph/filter.ts';
import { ds, expectedSummary, index, PRESETS } from './dataset.ts';

for (const [button, preset] of [
  ['Only diaspora groups', PRESETS.diaspora],
  ['Only international NGOs', PRESETS.international],
] as const) {
  test(`"${button}" shows the count computed from the dataset`, async ({ page }) => {
    const expected = expectedSummary(preset);
    await page.goto('./');
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByTestId('filter-summary')).toContainText(expected.text);
    await expect(page.locator('.node:not(.faded)')).toHaveCount(expected.count);
    // The count includes the letters and people kept for context, and the panel says how many.
    const context = ds.nodes.filter(
      (n) => visibleIds(ds, index, preset).has(n.id) && n.group === null,
    ).length;
    await expect(page.getByTestId('filter-context')).toContainText(`${context} of them are linked`);
    // …and names their kinds: the letters they signed, never organisations of their own group.
    await expect(page.getByTestId('filter-context')).toContainText('joint letters and statements');
    // Hide instead of fade: the others leave the page, the layout stays.
    await page.getByLabel(/Hide filtered-out actors/).check();
    await expect(page.locator('.node:visible')).toHaveCount(expected.count);
    // The list view shows the same set.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('tbody tr')).toHaveCount(expected.count);
  });
}

test('a preset chosen while an actor is selected shows the whole group, not the old neighbourhood', async ({
  page,
}) => {
  const expected = expectedSummary(PRESETS.diaspora);
  await page.goto('./?node=world-uyghur-congress');
  await expect(page.locator('#panel-title')).toHaveText('World Uyghur Congress');
  await page.getByRole('button', { name: 'Only diaspora groups' }).click();
  await expect(page.locator('#panel-title')).toHaveCount(0);
  await expect(page.locator('.nodes.lit')).toHaveCount(0);
  await expect(page.locator('.node:not(.faded)')).toHaveCount(expected.count);
  await expect(page).not.toHaveURL(/node=/);
});
