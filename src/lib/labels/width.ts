/**
 * Label widths in screen pixels for label culling, measured once per text with a canvas in
 * the page's font; an estimate where there is no canvas (tests under jsdom).
 */
import { LABEL_HEIGHT } from './geometry.ts';

/** Label font size in screen pixels; labels keep it at every zoom. */
export const LABEL_FONT_PX = LABEL_HEIGHT - 1;

let ctx: CanvasRenderingContext2D | null | undefined;
/** The label font, regular and as hubs draw it (font-weight 650 in GraphLabels). */
let fonts: { regular: string; bold: string } = { regular: '', bold: '' };
let current = '';

/** `labelWidth('Amnesty International')` → about 130; bold is measured bold, not estimated. */
export function labelWidth(text: string, bold = false): number {
  if (ctx === undefined) {
    try {
      ctx =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null; // jsdom: getContext is not implemented
    }
    if (ctx) {
      const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
      fonts = {
        regular: `${LABEL_FONT_PX}px ${family}`,
        bold: `650 ${LABEL_FONT_PX}px ${family}`,
      };
    }
  }
  if (!ctx) return text.length * LABEL_FONT_PX * (bold ? 0.6 : 0.55);
  // Compared with our own string: ctx.font reads back normalised, never equal to it.
  const font = bold ? fonts.bold : fonts.regular;
  if (current !== font) ctx.font = current = font;
  return ctx.measureText(text).width;
}
