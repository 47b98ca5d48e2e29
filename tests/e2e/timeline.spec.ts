import { expect, test } from '@playwright/test';
import { PRESETS, visibleIds } from '../../src/lib/graph/filter.ts';
import { formatDate } from '../../src/lib/timeline/dates.ts';
import { timelineStops } from '../../src/lib/timeline/stops.ts';
import { visibleAsOf } from '../../src/lib/timeline/timeline.ts';
import { timedSummary } from '../../src/lib/timeline/view.ts';
import { NO_FILTERS } from '../../src/lib/graph/filter.ts';
import { ds, index } from './dataset.ts';

const stops = timelineStops(ds);

test('the slider sets a date by keyboard: counts from visibleAsOf, undated marked, in the URL', async ({
  page,
}) => {
  await page.goto('./');
  const slider = page.getByRole('slider', { name: 'Show the coalition as of a date' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'all dates');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const stop = stops[2]!;
  const asOf = visibleAsOf(ds, stop.asOf);
  const label = `As of ${formatDate(stop.asOf)}`;
  await expect(page.getByTestId('timeline-label')).toHaveText(label);
  await expect(slider).toHaveAttribute('aria-valuetext', label.toLowerCase());
  await expect(page).toHaveURL(new RegExp(`asof=${stop.asOf}`));

  await expect(page.locator('.node:not(.faded)')).toHaveCount(asOf.nodes.size);
  await expect(page.getByTestId('filter-summary')).toContainText(
    timedSummary(ds, asOf.nodes, NO_FILTERS, stop.asOf),
  );
  const undatedShown = [...asOf.undated].filter((id) => asOf.nodes.has(id));
  expect(undatedShown.length).toBeGreaterThan(0);
  await expect(page.locator('[data-undated]')).toHaveCount(undatedShown.length);
  await expect(page.getByTestId('undated-note')).toContainText('undated, always shown');

  // With a filter: visible = filters ∩ date.
  await page.getByRole('button', { name: 'Only diaspora groups' }).click();
  const both = [...visibleIds(ds, index, PRESETS.diaspora)].filter((id) => asOf.nodes.has(id));
  await expect(page.locator('.node:not(.faded)')).toHaveCount(both.length);

  // Reload keeps the date.
  await page.reload();
  await expect(page.getByTestId('timeline-label')).toHaveText(label);
});

test('Play steps through the dated events; Pause stops; "All dates" restores everything', async ({
  page,
}) => {
  // A page clock we can move on (it runs in real time otherwise): see the pause check below.
  await page.clock.install();
  await page.goto('./');
  const label = page.getByTestId('timeline-label');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await expect(label).toHaveText(`As of ${formatDate(stops[0]!.asOf)}`);
  // One stop every 1.2 s.
  await expect(label).toHaveText(`As of ${formatDate(stops[1]!.asOf)}`, { timeout: 3000 });
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  const paused = await label.textContent();
  // More than a step's 1.2 s later (the page's clock moved on, not waited for), still paused.
  await page.clock.fastForward(1500);
  await expect(label).toHaveText(paused!);

  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(label).toHaveText('All dates');
  await expect(page.locator('.node:not(.faded)')).toHaveCount(ds.nodes.length);
  await expect(page.locator('[data-undated]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/asof=/);
});

test('an unreadable date in the URL is ignored with a notice', async ({ page }) => {
  await page.goto('./?asof=31-08-2022');
  await expect(page.getByTestId('notice')).toContainText('Ignored asof "31-08-2022"');
  await expect(page.getByTestId('timeline-label')).toHaveText('All dates');
});
