/**
 * The high-contrast theme (src/styles/themes.css, `:root[data-theme='contrast']`) against WCAG 2.2: text
 * pairs ≥ 7:1 (AAA), group colours and links ≥ 3:1 (non-text, 1.4.11) on its background, so
 * the same GROUP_COLOURS serve it and no separate palette is needed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS } from '../../../src/lib/graph/encoding.ts';

const css = readFileSync(new URL('../../../src/styles/themes.css', import.meta.url), 'utf8');
const block = /:root\[data-theme='contrast'\]\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const token = (name: string): string => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block);
  if (!m?.[1]) throw new Error(`--${name} is not a #rrggbb colour in the contrast theme`);
  return m[1];
};

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('high-contrast theme', () => {
  it('has its block in themes.css', () => expect(block).toContain('--bg'));

  it.each([
    ['fg', 'bg'],
    ['fg', 'surface'],
    ['fg', 'surface-2'],
    ['muted', 'surface'],
    ['accent', 'surface'],
    ['mark-fg', 'mark'],
    ['accent-fg', 'accent'],
  ])('text --%s on --%s is at least 7:1', (fg, bg) => {
    expect(ratio(token(fg), token(bg))).toBeGreaterThanOrEqual(7);
  });

  it.each(['link', 'link-active', 'link-selected', 'focus', 'hit', 'border'])(
    '--%s is at least 3:1 on the background',
    (name) => expect(ratio(token(name), token('surface'))).toBeGreaterThanOrEqual(3),
  );

  it.each(Object.entries(GROUP_COLOURS))('group colour %s (%s) is at least 3:1 on it', (_, c) => {
    expect(ratio(c, token('bg'))).toBeGreaterThanOrEqual(3);
    expect(ratio(c, token('surface'))).toBeGreaterThanOrEqual(3);
  });

  it('checks its arithmetic: white on black is 21:1', () => {
    expect(ratio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
});
