import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { node } from './dataset.ts';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

// An axe scan of a page with ~800 SVG elements takes seconds, and longer on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ['main view', './', async () => {}],
  [
    'node panel',
    `./?node=world-uyghur-congress`,
    async (page) => {
      await expect(page.locator('#panel-title')).toHaveText(node('world-uyghur-congress').name);
    },
  ],
  [
    'document reader',
    './?node=world-uyghur-congress',
    async (page) => {
      await page.getByRole('button', { name: 'Open in document' }).first().click();
      await expect(page.getByTestId('passage')).toBeVisible();
    },
  ],
  [
    'list view',
    './?view=list',
    async (page) => {
      await expect(page.locator('tbody tr').first()).toBeVisible();
    },
  ],
];

for (const [name, url, prepare] of VIEWS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations in the ${name} (${scheme})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('svg[role="group"], table').first().waitFor();
      await prepare(page);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
}
