/**
 * Zoom arithmetic for the graph, kept out of the component so it can be tested: the transform
 * that fits a set of points in a box, and the one that centres a point. Layout units are screen
 * pixels at k = 1 (see graph/encoding.ts).
 */

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Zoom limits, as scale factors. */
export const MIN_SCALE = 0.2;
export const MAX_SCALE = 6;

/** The bounding box of some points grown by `margin` layout units, or null for none. */
export function boundsOf(points: Iterable<{ x: number; y: number }>, margin = 0): Bounds | null {
  let b: Bounds | null = null;
  for (const p of points) {
    if (b === null) b = { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    else {
      b.x0 = Math.min(b.x0, p.x);
      b.y0 = Math.min(b.y0, p.y);
      b.x1 = Math.max(b.x1, p.x);
      b.y1 = Math.max(b.y1, p.y);
    }
  }
  return b && { x0: b.x0 - margin, y0: b.y0 - margin, x1: b.x1 + margin, y1: b.y1 + margin };
}

/**
 * The transform that shows `b` whole inside a `width`×`height` box with `pad` pixels spare:
 * `fitTransform({x0:-100,y0:-50,x1:100,y1:50}, 400, 200, 0)` → `{x:200, y:100, k:2}`.
 * `minScale`: a large graph may need to zoom out further than MIN_SCALE to be seen whole.
 */
export function fitTransform(
  b: Bounds,
  width: number,
  height: number,
  pad = 24,
  minScale = MIN_SCALE,
): Transform {
  const w = Math.max(1, b.x1 - b.x0);
  const h = Math.max(1, b.y1 - b.y0);
  const k = clamp(Math.min((width - 2 * pad) / w, (height - 2 * pad) / h), minScale, MAX_SCALE);
  return { k, x: width / 2 - ((b.x0 + b.x1) / 2) * k, y: height / 2 - ((b.y0 + b.y1) / 2) * k };
}

/** The transform at scale `k` that puts layout point `p` at screen point (`cx`, `cy`). */
export function centreOn(
  p: { x: number; y: number },
  k: number,
  cx: number,
  cy: number,
): Transform {
  const s = clamp(k, MIN_SCALE, MAX_SCALE);
  return { k: s, x: cx - p.x * s, y: cy - p.y * s };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
