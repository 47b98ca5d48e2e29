/**
 * The snapshot's look without a stylesheet: the app's theme colours (src/styles/themes.css) as literal
 * values, the system font stack, and text measuring by estimate so the SVG is the same on every
 * machine (no canvas, no DOM).
 */

/** The colours a snapshot needs, per theme; copied from the CSS variables of src/styles/themes.css. */
export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  link: string;
  linkSelected: string;
  border: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    fg: '#1d232b',
    muted: '#56606c',
    link: '#8d96a1',
    linkSelected: '#c2410c',
    border: '#d6d2c8',
  },
  dark: {
    bg: '#14181d',
    surface: '#1b2027',
    fg: '#e8eaed',
    muted: '#a6afba',
    link: '#5d6773',
    linkSelected: '#ff9a5c',
    border: '#38414c',
  },
};

/** The app's system font stack, with single quotes so it sits inside a double-quoted attribute. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Average advance of a character in em: generous, so estimated text rarely overflows. */
const EM_PER_CHAR = 0.56;
const BOLD_FACTOR = 1.07;

/** Estimated width in pixels of `text` at `size` px: `textWidth('abcd', 10)` → 22.4. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * EM_PER_CHAR * (bold ? BOLD_FACTOR : 1);
}

/**
 * Words of `text` in lines no wider than `width`, at most `max` lines; the last line kept ends
 * in "…" when text was left over. A word longer than a line is cut.
 * `wrapText('one two three', 30, 10)` → `['one', 'two', 'three']`.
 */
export function wrapText(text: string, width: number, size: number, max = Infinity): string[] {
  const fits = (s: string) => textWidth(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (fits(next)) line = next;
    else {
      if (line !== '') lines.push(line);
      line = fits(word) ? word : cut(word, width, size);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = cut(`${kept[max - 1]} ${lines[max]}`, width, size, true);
  return kept;
}

/** The longest start of `text` that fits, with "…" when anything was dropped (or `force`). */
function cut(text: string, width: number, size: number, force = false): string {
  if (!force && textWidth(text, size) <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, size) > width) n -= 1;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** A coordinate written with at most two decimals, `-0` as `0`: stable, compact output. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}
