/** Colour parsing for the XML exports, which want channels rather than CSS strings. */

/** `#rgb` or `#rrggbb` (any case) → channels 0–255; undefined for anything else. */
export function parseHexColour(css: string): { r: number; g: number; b: number } | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (m === null || m[1] === undefined) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}
