import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chipLabels } from '../../src/lib/evidence/source-label.ts';
import { matchIds, visibleIds } from '../../src/lib/graph/filter.ts';
import { parseStory, stepViewState } from '../../src/lib/story/story.ts';
import { visibleAsOf } from '../../src/lib/timeline/timeline.ts';
import { restrictToDate, timedSummary } from '../../src/lib/timeline/view.ts';
import { DEFAULT_VIEW } from '../../src/lib/url/state.ts';
import type { Dataset } from '../../src/lib/types.ts';
import { ds, index } from './dataset.ts';

const { story, errors } = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')), ds);
const steps = story.steps;
const total = steps.length;

/** The step on screen is step `i` of data/story.json: position, title, caption and URL. */
async function expectStep(page: Page, i: number): Promise<void> {
  const step = steps[i]!;
  await expect(page.getByTestId('story-position')).toHaveText(`Step ${i + 1} of ${total}`);
  await expect(page.getByTestId('story-title')).toHaveText(step.title);
  await expect(page.getByTestId('story-caption')).toHaveText(step.caption);
  await expect(page).toHaveURL(new RegExp(`[?&]story=${step.id}(&|$)`));
  await expect(page.locator('[data-highlight]')).toHaveCount(step.view.highlight.length);
}

test('the default story fits the dataset', () => {
  expect(errors).toEqual([]);
  expect(total).toBeGreaterThan(5);
});

test('present the story with the keys a clicker sends; reload keeps the step; Escape exits', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await expectStep(page, 0);
  // The first step is about 2020: the timeline says so.
  await expect(page.getByTestId('timeline-label')).toHaveText('As of 2020');

  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  await page.keyboard.press('PageDown');
  await expectStep(page, 2);
  // Space steps once, even with the Story button still focused.
  await page.keyboard.press('Space');
  await expectStep(page, 3);

  await page.reload();
  await expectStep(page, 3);

  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2);
  await page.keyboard.press('PageUp');
  await expectStep(page, 1);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-bar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await expect(page.locator('[data-highlight]')).toHaveCount(0);
});

test('back and forward step through the story', async ({ page }) => {
  await page.goto(`./?story=${steps[0]!.id}`);
  await expectStep(page, 0);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 1);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 2);
  await page.goBack();
  await expectStep(page, 1);
  await page.goBack();
  await expectStep(page, 0);
  await page.goForward();
  await expectStep(page, 1);
});

test('the diaspora step shows the diaspora signatories as of the letter, counted from the data', async ({
  page,
}) => {
  const i = steps.findIndex((s) => s.view.filters.groups?.includes('diaspora'));
  expect(i).toBeGreaterThanOrEqual(0);
  const step = steps[i]!;
  const view = stepViewState(step, DEFAULT_VIEW);
  const visible = restrictToDate(
    visibleIds(ds, index, view.filters),
    view.asOf === null ? null : visibleAsOf(ds, view.asOf).nodes,
  );
  expect(visible.size).toBeGreaterThan(20);
  const matches = restrictToDate(
    matchIds(ds, index, view.filters),
    view.asOf === null ? null : visibleAsOf(ds, view.asOf).nodes,
  );

  await page.goto(`./?story=${step.id}`);
  await expectStep(page, i);
  await expect(page.getByTestId('filter-summary')).toContainText(
    timedSummary(ds, matches, view.filters, view.asOf),
  );
  await expect(page.locator('.node:not(.faded)')).toHaveCount(visible.size);
  await expect(page.getByLabel('Diaspora organisation')).toBeChecked();
});

test("a caption's source opens the reader at the cited passage", async ({ page }) => {
  const i = steps.findIndex((s) => s.id === 'report-released');
  const step = steps[i]!;
  const cited = step.citations[1]!;
  const doc = ds.documents.find((d) => d.id === cited.doc)!;
  await page.goto(`./?story=${step.id}`);
  await expectStep(page, i);
  const names = new Set(ds.nodes.flatMap((n) => [n.name, ...n.aliases]));
  const label = chipLabels(
    step.citations.map((c) => ({ quote: c.quote, doc: ds.documents.find((d) => d.id === c.doc)! })),
    (q) => names.has(q),
  )[1];
  await page.getByRole('button', { name: `${label} (${doc.title})` }).click();
  await expect(page.getByTestId('passage')).toHaveText(cited.quote);
  await expect(page.getByTestId('passage')).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`doc=${doc.id}:${cited.start}-${cited.end}`));
  // The story stays: Escape closes the document first, then leaves the story.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('passage')).toHaveCount(0);
  await expectStep(page, i);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-bar')).toHaveCount(0);
});

test('an unknown step opens the first with a notice', async ({ page }) => {
  await page.goto('./?story=no-such-step');
  await expect(page.getByTestId('notice')).toContainText(
    'Story step "no-such-step" was not found; showing the first step.',
  );
  await expectStep(page, 0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations while presenting (${scheme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const i = steps.findIndex((s) => s.id === 'report-released');
    await page.goto(`./?story=${steps[i]!.id}`);
    await expectStep(page, i);
    // The graph itself is scanned in a11y.spec.ts; here the parts this mode adds (a whole-page
    // scan with 250 SVG nodes takes 15 s or more on this machine).
    const result = await new AxeBuilder({ page })
      .include('[data-testid="story-bar"]')
      .include('.timeline')
      .include('header')
      .analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(serious).toEqual([]);
    await context.close();
  });
}

test("a colleague's dataset: the default story does not fit, the Story button says why", async ({
  page,
}) => {
  const minimal = JSON.parse(readFileSync('data/examples/minimal.json', 'utf8')) as Dataset;
  const expected = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')), minimal);
  expect(expected.errors.length).toBeGreaterThan(0);
  await page.goto('./');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await (await chooser).setFiles('data/examples/minimal.json');
  await expect(page.getByTestId('subtitle')).toContainText('3 actors');

  const button = page.getByRole('button', { name: 'Story', exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAttribute('title', new RegExp(escape(expected.errors[0]!)));
  // Unavailable but still focusable and pressable: pressing it shows why, as a notice.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('story-bar')).toHaveCount(0);
  await expect(page.getByTestId('notice').last()).toContainText('does not fit this dataset');
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('at the last step Next is marked unavailable but keeps the focus (no fall to <body>)', async ({
  page,
}) => {
  await page.goto(`./?story=${steps[total - 2]!.id}`);
  await expectStep(page, total - 2);
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expectStep(page, total - 1);
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  // Pressed again, nothing moves, and Previous still steps back.
  await page.keyboard.press('Enter');
  await expectStep(page, total - 1);
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expectStep(page, total - 2);
});
