import { expect, test } from '@playwright/test';
import { GROUP_LABELS } from '../../src/lib/graph/encoding.ts';
import type { Group } from '../../src/lib/types.ts';
import { ds, expectedSummary, PRESETS } from './dataset.ts';

for (const [button, preset] of [
  ['Only diaspora groups', PRESETS.diaspora],
  ['Only international NGOs', PRESETS.international],
] as const) {
  test(`"${button}" shows the count computed from the dataset`, async ({ page }) => {
    const expected = expectedSummary(preset);
    await page.goto('./');
    await page.getByRole('button', { name: button }).click();
    // The summary counts the group's own actors: exactly those of that group in the dataset.
    const group = preset.groups[0]!;
    expect(expected.count).toBe(ds.nodes.filter((n) => n.group === group).length);
    await expect(page.getByTestId('filter-summary')).toContainText(expected.text);
    await expect(page.getByTestId('filter-summary')).toContainText(`Showing ${expected.count} of`);
    // The graph draws them and, faint in the count, the letters and people linked to them.
    await expect(page.locator('.node:not(.faded)')).toHaveCount(expected.shown);
    expect(expected.context).toBeGreaterThan(0);
    await expect(page.getByTestId('filter-context')).toContainText(
      `not counted: ${expected.context} linked actors`,
    );
    // The facet's own count is the same number, not the drawn total.
    await expect(
      page.locator('.facet label', { hasText: GROUP_LABELS[group as Group] }).locator('.n'),
    ).toHaveText(String(expected.count));
    // …and names their kinds: the letters they signed, never organisations of their own group.
    await expect(page.getByTestId('filter-context')).toContainText('joint letters and statements');
    // Hide instead of fade: the others leave the page, the layout stays.
    await page.getByLabel(/Hide filtered-out actors/).check();
    await expect(page.locator('.node:visible')).toHaveCount(expected.shown);
    // The list shows the matches, then the context in a group of its own, after them.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('tbody:not(.context) tr')).toHaveCount(expected.count);
    const context = page.getByTestId('list-context');
    await expect(context.locator('tr')).toHaveCount(expected.context + 1);
    await expect(context.locator('tr').first()).toHaveText(
      `For context, not counted: ${expected.context} linked actors`,
    );
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
  await expect(page.locator('.node:not(.faded)')).toHaveCount(expected.shown);
  await expect(page).not.toHaveURL(/node=/);
});
