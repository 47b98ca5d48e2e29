/**
 * The evidence panel (issue 13 §5): scrolled, its ✕ sits on a strip and no text shows under or
 * beside it; on a phone, closing the bottom sheet frames the actors it had framed above the
 * sheet in the whole height again, so the lower half of the screen is not left empty.
 */
import { expect, test, type Page } from '@playwright/test';
import { index } from './dataset.ts';
import { firstFrame } from './ready.ts';

const id = 'world-uyghur-congress';

test('scrolled, the panel shows no text under or beside its ✕', async ({ page }) => {
  await page.goto(`./?node=${id}`);
  await expect(page.locator('.node-panel')).toBeVisible();
  const body = page.locator('.panel .body');
  await body.evaluate((el) => el.scrollBy(0, 240));
  await expect(page.locator('.panel.scrolled')).toHaveCount(1);
  const close = (await page.getByRole('button', { name: 'Close panel' }).boundingBox())!;
  const panel = (await page.locator('.panel').boundingBox())!;
  // Across the ✕'s row, from the panel's left edge to the ✕: no element of the panel's text.
  const hits = await page.evaluate(
    ({ y, x0, x1 }) => {
      const found: string[] = [];
      for (let x = x0; x < x1; x += 12) {
        const el = document.elementFromPoint(x, y);
        if (el?.closest('.panel .body')) found.push(el.textContent?.slice(0, 40) ?? '');
      }
      return found;
    },
    { y: close.y + close.height / 2, x0: panel.x + 4, x1: close.x + close.width },
  );
  expect(hits).toEqual([]);
  // Back at the top, the strip goes: the heading sits beside the ✕ as before.
  await body.evaluate((el) => el.scrollTo(0, 0));
  await expect(page.locator('.panel.scrolled')).toHaveCount(0);
});

/**
 * Where the selected actor and its neighbours are drawn, as shares of the graph's height from
 * its top: the middle of their span and its lowest point.
 */
async function neighbourhoodSpan(
  page: Page,
  ids: string[],
): Promise<{ mid: number; bottom: number }> {
  let last = '';
  let share = { mid: 0, bottom: 0 };
  await expect
    .poll(async () => {
      share = await page.evaluate((list) => {
        const area = document.querySelector('main svg')!.getBoundingClientRect();
        const ys = list.map((i) => {
          const r = document
            .querySelector(`main svg [data-id="${CSS.escape(i)}"]`)!
            .getBoundingClientRect();
          return r.y + r.height / 2;
        });
        const at = (y: number) => Math.round(((y - area.y) / area.height) * 100) / 100;
        return { mid: at((Math.min(...ys) + Math.max(...ys)) / 2), bottom: at(Math.max(...ys)) };
      }, ids);
      const now = JSON.stringify(share);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return share;
}

test('on a phone, closing the sheet frames the neighbourhood in the whole height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const ids = [id, ...(index.neighbours.get(id) ?? [])];
  await page.goto(`./?node=${id}`);
  await firstFrame(page);
  await expect(page.locator('.node-panel')).toBeVisible();
  // Above the sheet, which takes the lower part of the screen.
  const before = await neighbourhoodSpan(page, ids);
  expect(before.bottom).toBeLessThan(0.5);
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(page.locator('.node-panel')).toHaveCount(0);
  // Down into the lower half, clear of the zoom buttons above and the key below.
  const after = await neighbourhoodSpan(page, ids);
  expect(after.mid).toBeGreaterThan(before.mid + 0.1);
  // Centred in what the graph has free: between the zoom buttons above and the key below.
  const free = await page.evaluate(() => {
    const area = document.querySelector('main svg')!.getBoundingClientRect();
    let top = area.top;
    let bottom = area.bottom;
    for (const el of document.querySelectorAll('[data-graph-cover]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.bottom <= area.top || r.top >= area.bottom) continue;
      if ((r.top + r.bottom) / 2 < (area.top + area.bottom) / 2) top = Math.max(top, r.bottom);
      else bottom = Math.min(bottom, r.top);
    }
    return ((top + bottom) / 2 - area.top) / area.height;
  });
  expect(Math.abs(after.mid - free)).toBeLessThan(0.06);
});
