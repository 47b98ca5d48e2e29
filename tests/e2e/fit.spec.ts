/**
 * On opening, the graph uses the space it has: the drawn actors span at least 85 % of the graph
 * area's width or height, at every screen size, and in the embedded view.
 */
import { expect, test, type Page } from '@playwright/test';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];

/** The share of the graph area's width and height the drawn actors span, once it is framed. */
async function used(page: Page): Promise<{ width: number; height: number }> {
  const svg = page.locator('main svg').first();
  await expect(page.locator('g.nodes')).toBeVisible();
  // Framing happens on the first size report; poll until the nodes stop moving.
  let last = '';
  let shares = { width: 0, height: 0 };
  await expect
    .poll(async () => {
      const area = await svg.boundingBox();
      const nodes = await page.locator('g.nodes').boundingBox();
      if (area === null || nodes === null) return false;
      shares = {
        width: Math.round((Math.min(nodes.width, area.width) / area.width) * 1000) / 1000,
        height: Math.round((Math.min(nodes.height, area.height) / area.height) * 1000) / 1000,
      };
      const now = JSON.stringify(shares);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return shares;
}

for (const size of SIZES) {
  for (const [name, query] of [
    ['explorer', './'],
    ['embed', './?embed=1'],
  ] as const) {
    test(`${name} at ${size.width}×${size.height}: the graph fills 85 % of its area`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(query);
      const share = await used(page);
      expect(Math.max(share.width, share.height), JSON.stringify(share)).toBeGreaterThanOrEqual(
        0.85,
      );
    });
  }
}
