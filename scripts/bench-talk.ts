/**
 * The talk editor's typing, for `npm run bench`: the time from a keystroke in a step's title,
 * caption or notes to the editor updated and laid out (each keystroke is a new draft, and the
 * step list re-renders from it), and the frames meanwhile, which include the draft's save to
 * IndexedDB 400 ms after the last key.
 */
import type { Browser } from 'playwright-core';
import { frames, inputToLayout } from './bench-page.ts';

/** What a speaker types: a title, a caption, notes, at about 25 keys a second. */
const TEXT = {
  title: 'Briefing for the foreign affairs committee',
  caption: 'The World Uyghur Congress signed the letter with 191 others.',
  notes: 'Pause here; ask who has heard of the report.',
} as const;

export interface TalkTyping {
  /** Keystroke → laid out, ms, one per key. */
  keys: number[];
  /** Frame durations while typing, ms. */
  frames: number[];
}

export async function benchTalk(browser: Browser, url: string): Promise<TalkTyping> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph:live').length > 0);
  await page.getByRole('button', { name: 'Your talk' }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await page.locator('.step.open [data-field="notes"]').waitFor();
  const keys: number[] = [];
  const typing = await frames(page, async () => {
    for (const [field, text] of Object.entries(TEXT)) {
      const selector = `.step.open [data-field="${field}"]`;
      for (let i = 1; i <= text.length; i++) {
        keys.push(await inputToLayout(page, selector, 'type', text.slice(0, i)));
        await page.waitForTimeout(40);
      }
    }
    // The last save, after the pause.
    await page.waitForTimeout(600);
  });
  await context.close();
  return { keys, frames: typing };
}
