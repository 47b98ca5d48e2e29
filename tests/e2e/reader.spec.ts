/**
 * The document reader shows a saved web page's furniture as such (issue 13 §5): the VOA page's
 * section label, reading time and repeated headline are set back, the text stays verbatim
 * (offsets depend on it). Ranges from data/curation/furniture.json, text from the dataset.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locateFurniture, type FurnitureEntry } from '../../src/lib/evidence/furniture.ts';
import { ds } from './dataset.ts';

const curated = JSON.parse(
  readFileSync('data/curation/furniture.json', 'utf8'),
) as FurnitureEntry[];
const voa = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!;
const phrase = 'Munich-based World Uyghur Congress';
const at = voa.text.indexOf(phrase);

test('the VOA page in the reader: furniture dimmed, the text verbatim', async ({ page }) => {
  await page.goto(`./?doc=${voa.id}:${at}-${at + phrase.length}`);
  await expect(page.getByTestId('passage')).toHaveText(phrase);
  const furniture = page.locator('.reader .furniture');
  const expected = locateFurniture(voa.text, voa.id, curated).map((r) =>
    voa.text.slice(r.start, r.end),
  );
  expect(expected.length).toBe(3);
  // A range may be cut in runs where it holds an actor's name ("UN"): compare the joined text.
  await expect(furniture.first()).toBeVisible();
  expect((await furniture.allTextContents()).join('')).toBe(expected.join(''));
  const text = await page.locator('.reader .text').evaluate((el) => el.textContent);
  expect(text).toBe(voa.text);
  // Set back: smaller, in the muted colour, not the article's.
  const [dim, body] = await page.locator('.reader .text').evaluate((el) => {
    const f = getComputedStyle(el.querySelector('.furniture')!);
    const t = getComputedStyle(el);
    return [
      { color: f.color, size: parseFloat(f.fontSize) },
      { color: t.color, size: parseFloat(t.fontSize) },
    ];
  });
  expect(dim!.color).not.toBe(body!.color);
  expect(dim!.size).toBeLessThan(body!.size);
});
