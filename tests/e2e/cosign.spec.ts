/**
 * The co-signature graph on a map of three letters (the built-in one with the import fixtures'
 * letters A and B added, built in the test the way the page builds it): switched on from
 * Compare letters, in the URL, its pairs cited, its threshold changed, switched off again.
 */
import { expect, test, type Page } from '@playwright/test';
import { coSignature } from '../../src/lib/compare/cosign.ts';
import { twoLetters } from '../lib/import/fixture.ts';
import { firstFrame } from './ready.ts';

const { dataset } = twoLetters();
const body = JSON.stringify(dataset);
const drawn = (k: number) => {
  const d = coSignature(dataset, k);
  if (!d.ok) throw new Error(d.reason);
  return d;
};

async function open(page: Page, extra = ''): Promise<void> {
  await page.route('**/three-letters.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto(`./?data=three-letters.json${extra}`);
  await firstFrame(page);
}

test('switch to the co-signature graph, change its threshold, read a pair, switch back', async ({
  page,
}) => {
  await open(page);
  const nodes = page.locator('g.nodes [data-id]');
  await expect(nodes).toHaveCount(dataset.nodes.length);

  await page.getByRole('radio', { name: /^Co-signature/ }).check();
  const two = drawn(2);
  await expect(page.getByTestId('cosign-summary')).toContainText(
    `${two.dataset.nodes.length} actors, ${two.dataset.links.length} pairs`,
  );
  await expect(page).toHaveURL(/cosign=2/);
  await expect(page.getByTestId('subtitle')).toContainText(
    `co-signature graph: ${two.dataset.nodes.length} actors, ${two.dataset.links.length} pairs (2+ letters together)`,
  );
  await expect(nodes).toHaveCount(two.dataset.nodes.length);
  await expect(page.getByTestId('legend-cosign')).toContainText('letters');

  // At three letters: the one pair that signed all three.
  await page.getByLabel('Letters signed together, at least').selectOption('3');
  await expect(page.getByTestId('cosign-summary')).toContainText('2 actors, 1 pair;');
  await expect(nodes).toHaveCount(2);
  // Back down to two: the actors it adds are drawn too.
  await page.getByLabel('Letters signed together, at least').selectOption('2');
  await expect(nodes).toHaveCount(two.dataset.nodes.length);

  // The pair's panel: both names, the letters in its note, each signature sentence.
  const [pair] = drawn(3).dataset.links;
  await page.goto(`./?data=three-letters.json&cosign=3&link=${pair!.id}`);
  const panel = page.locator('.link-panel');
  await expect(panel.locator('#panel-title')).toContainText('signed letters with');
  await expect(panel).toContainText('Both signed 3 letters');
  await expect(panel.locator('mark, .quote, blockquote').first()).toBeVisible();
  for (const c of pair!.citations.slice(0, 2)) await expect(panel).toContainText(c.quote.trim());

  // Back to letters and their signatories: every actor again, no cosign in the address.
  await page.getByRole('radio', { name: 'Letters and who signed them' }).check();
  await expect(nodes).toHaveCount(dataset.nodes.length);
  await expect(page).not.toHaveURL(/cosign=/);
});

test('a threshold in a link that no pair reaches is refused with a notice', async ({ page }) => {
  await open(page, '&cosign=9');
  await expect(page.getByTestId('notice')).toContainText(
    'Ignored cosign "9": expected a number of letters from 1 to 3.',
  );
  await expect(page.locator('g.nodes [data-id]')).toHaveCount(dataset.nodes.length);
});
