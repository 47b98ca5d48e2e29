import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app's graph has painted its first frame (the `graph:live` mark). Tests that
 * press keys right after `goto` must wait for this: a key pressed before the app mounts lands on
 * an empty body, or on the prerendered page (src/prerender), which shows the graph before any
 * script has run (`graph:first-frame`) but answers nothing until the app replaces it.
 */
export async function firstFrame(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('graph:live').length), {
      timeout,
    })
    .toBe(1);
}

/** A screen box, as `getBoundingClientRect` gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** Screen boxes of the given actors' shapes, once the view has stopped moving (a tween ended). */
export async function settledBoxes(page: Page, ids: string[]): Promise<Box[]> {
  let last = '';
  let boxes: Box[] = [];
  await expect
    .poll(async () => {
      boxes = await page.evaluate(
        (list) =>
          list.map((id) => {
            const r = document
              .querySelector(`main svg [data-id="${CSS.escape(id)}"]`)!
              .getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        ids,
      );
      const now = JSON.stringify(boxes);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return boxes;
}

/**
 * Waits until the graph's actors can be dragged: d3-drag loads a frame or two after the graph
 * (src/lib/graph/behaviours-lazy.ts), and a drag begun before it moves nothing. d3 keeps the
 * listeners it adds on the element (`__on`, with the name given to `.on('mousedown.drag')`).
 */
export async function dragReady(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const layer = document.querySelector('main svg g.nodes') as
            (Element & { __on?: { name: string }[] }) | null;
          return layer?.__on?.some((l) => l.name === 'drag') ?? false;
        }),
      { timeout },
    )
    .toBe(true);
}
