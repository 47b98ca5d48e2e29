import { expect, test } from '@playwright/test';

const DATASET = /\/assets\/coalition-[^/]*\.json$/;

test('a dataset that is not JSON shows an error view that says so', async ({ page }) => {
  await page.route(DATASET, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json' }),
  );
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'Coalition Atlas could not open the dataset' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem')).toContainText('not valid JSON');
});

test('a dataset of the wrong shape lists each problem', async ({ page }) => {
  await page.route(DATASET, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ version: 1, edition: '2022-09-02', nodes: 'oops' }),
    }),
  );
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'Coalition Atlas could not open the dataset' }),
  ).toBeVisible();
  const issues = page.locator('.issues li');
  await expect(issues.filter({ hasText: 'documents' })).toHaveCount(1);
  await expect(issues.filter({ hasText: 'nodes' }).first()).toBeVisible();
});

test('a missing dataset says which address failed', async ({ page }) => {
  await page.route(DATASET, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  await expect(page.getByTestId('error-message')).toContainText('HTTP 404');
});
