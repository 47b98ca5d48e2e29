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
