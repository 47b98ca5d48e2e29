import { expect, test } from '@playwright/test';
import { firstMention, node } from './dataset.ts';

test('reading an excerpt and opening its document shows the passage highlighted', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  const { doc, citation } = firstMention(wuc.id);
  await page.goto(`./?node=${wuc.id}`);
  const mentions = page.getByRole('region', { name: 'Mentions in the sources' });
  await expect(mentions.locator('mark').first()).toHaveText(citation.quote);
  await mentions.getByRole('button', { name: 'Open in document' }).first().click();
  const reader = page.getByRole('article', { name: doc.title });
  await expect(reader).toBeVisible();
  const passage = page.getByTestId('passage');
  await expect(passage).toHaveText(citation.quote);
  await expect(passage).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`doc=${doc.id}:${citation.start}-${citation.end}`));
  // Focus lands in the document; "Back" stays in reach however far down the passage is.
  await expect(page.locator('#reader-title')).toBeFocused();
  await expect(reader.getByRole('button', { name: '← Back' })).toBeInViewport();
  // Escape closes it and returns to the actor's panel, with focus on its heading.
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  await expect(page.locator('#panel-title')).toHaveText(wuc.name);
  await expect(page.locator('#panel-title')).toBeFocused();
});

test('the reader opened on a passage far down the letter keeps Back and the passage in view', async ({
  page,
}) => {
  const wuc = node('world-uyghur-congress');
  // The letter's signatory line for WUC is near the end of a long document.
  const c = wuc.citations.find((x) => x.doc === 'open-letter')!;
  await page.goto(`./?node=${wuc.id}&doc=${c.doc}:${c.start}-${c.end}`);
  await expect(page.getByTestId('passage')).toHaveText(c.quote);
  await expect(page.getByTestId('passage')).toBeInViewport();
  await expect(page.getByRole('button', { name: '← Back' })).toBeInViewport();
});

test('a link shows the sentence that states it', async ({ page }) => {
  const wuc = node('world-uyghur-congress');
  await page.goto(`./?node=${wuc.id}`);
  await page
    .getByRole('button', { name: /^Sources for:/ })
    .first()
    .click();
  await expect(
    page.getByRole('region', { name: 'Stated in the sources' }).locator('mark').first(),
  ).toBeVisible();
});
