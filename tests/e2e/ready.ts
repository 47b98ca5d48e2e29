import { expect, type Page } from '@playwright/test';

/**
 * Waits until the graph has painted its first frame (the app's `graph:first-frame` mark). Tests
 * that press keys right after `goto` must wait for this: a key pressed before the app mounts lands
 * on an empty body, and on a loaded CI machine that is a failure that passes locally.
 */
export async function firstFrame(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('graph:first-frame').length), {
      timeout,
    })
    .toBe(1);
}
