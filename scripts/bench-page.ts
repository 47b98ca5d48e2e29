/**
 * Measuring helpers shared by the bench's tables: quantiles, frame times recorded in the page,
 * and the time from an input to the DOM updated and laid out.
 */
import type { Page } from 'playwright-core';

/** The q-quantile (nearest rank) of `values`; NaN for none. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
export const median = (v: number[]) => quantile(v, 0.5);

/** Frame durations (ms) recorded by requestAnimationFrame while `act` runs. */
export async function frames(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  await act();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}

/** Time from an input in the page to the DOM updated and laid out (Svelte flushes in a microtask). */
export async function inputToLayout(
  page: Page,
  selector: string,
  act: 'type' | 'click',
  value = '',
): Promise<number> {
  return page.evaluate(
    async ({ selector, act, value }) => {
      const el = document.querySelector(selector) as HTMLInputElement | null;
      if (!el) throw new Error(`bench: nothing matches ${selector}`);
      const t0 = performance.now();
      if (act === 'click') {
        // SVG shapes have no click(); a dispatched click reaches the same delegated handler.
        if (typeof el.click === 'function') el.click();
        else el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      } else {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await Promise.resolve();
      await Promise.resolve();
      document.body.getBoundingClientRect();
      return performance.now() - t0;
    },
    { selector, act, value },
  );
}
