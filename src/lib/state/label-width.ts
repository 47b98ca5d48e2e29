/**
 * Label widths in screen pixels for label culling, measured once per text with a canvas in
 * the page's font; an estimate where there is no canvas (tests under jsdom).
 */
import { LABEL_HEIGHT } from '../graph/labels.ts';

/** Label font size in screen pixels; labels keep it at every zoom. */
export const LABEL_FONT_PX = LABEL_HEIGHT - 1;

/** Longest label drawn in the graph, in characters; longer names end in an ellipsis. */
export const MAX_LABEL = 42;

let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Read the page's font now, while the page is all but empty: reading it later, in the middle
 * of building the graph, makes the browser style the half-built page first (~8 ms on load).
 */
export function prepareLabelFont(): void {
  labelWidth('');
}

/** `labelWidth('Amnesty International')` → about 130. */
export function labelWidth(full: string, bold = false): number {
  const text = full.length > MAX_LABEL ? full.slice(0, MAX_LABEL) : full;
  if (ctx === undefined) {
    try {
      ctx =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null; // jsdom: getContext is not implemented
    }
    if (ctx) {
      const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
      ctx.font = `${LABEL_FONT_PX}px ${family}`;
    }
  }
  if (!ctx) return text.length * LABEL_FONT_PX * 0.55;
  const base = ctx.measureText(text).width;
  return bold ? base * 1.06 : base;
}
