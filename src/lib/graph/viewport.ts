/**
 * Zoom arithmetic for the graph, kept out of the component so it can be tested: the transform
 * that fits a set of points in a box, the one that centres a point, and the one that frames
 * points in the part of the screen other elements leave free (`frameTransform`, `coverInsets`).
 * Layout units are screen pixels at k = 1 (see graph/encoding.ts).
 */
import type { Point } from './positions.ts';

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
export function boundsOf(points: Iterable<Point>, margin = 0): Bounds | null {
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
export function centreOn(p: Point, k: number, cx: number, cy: number): Transform {
  const s = clamp(k, MIN_SCALE, MAX_SCALE);
  return { k: s, x: cx - p.x * s, y: cy - p.y * s };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Screen pixels along each edge of the graph that something else covers or needs. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/** Smallest free box framed into, however much the insets take: the graph stays usable. */
const MIN_FREE = { width: 200, height: 120 };
/** Pixels kept between the framed points and the free box's edges. */
const FRAME_PAD = 20;

/**
 * The transform that shows `b` whole and centred in the part of a `screen` the `insets` leave
 * free, no larger than `maxScale`: `frameTransform({x0:-100,y0:-50,x1:100,y1:50},
 * {width:440,height:240}, {top:40,right:0,bottom:0,left:0})` → `{k:1.6, x:220, y:140}`.
 */
export function frameTransform(
  b: Bounds,
  screen: { width: number; height: number },
  insets: Insets,
  maxScale = MAX_SCALE,
  minScale = MIN_SCALE,
): Transform {
  const w = Math.max(MIN_FREE.width, screen.width - insets.left - insets.right);
  const h = Math.max(MIN_FREE.height, screen.height - insets.top - insets.bottom);
  const k = Math.min(fitTransform(b, w, h, FRAME_PAD, minScale).k, maxScale);
  const centre = { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
  return centreOn(centre, k, insets.left + w / 2, insets.top + h / 2);
}

/** A box on screen, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the elements laid over the graph (`covers`: its buttons, the presenter's key, a bottom
 * sheet) take from its `area`, measured, not assumed: a cover in the upper half takes the top
 * down to its lower edge, one in the lower half the bottom up to its upper edge. Covers that
 * do not overlap the area (a side column, a closed sheet of size 0) take nothing.
 * `coverInsets({left:0,top:0,right:400,bottom:800}, [{left:10,top:10,right:200,bottom:44}])`
 * → `{top:44, right:0, bottom:0, left:0}`.
 */
export function coverInsets(area: Rect, covers: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  const middle = (area.top + area.bottom) / 2;
  for (const c of covers) {
    const overlaps =
      c.right > area.left && c.left < area.right && c.bottom > area.top && c.top < area.bottom;
    if (!overlaps) continue;
    if ((c.top + c.bottom) / 2 < middle) {
      insets.top = Math.max(insets.top, Math.min(c.bottom, area.bottom) - area.top);
    } else {
      insets.bottom = Math.max(insets.bottom, area.bottom - Math.max(c.top, area.top));
    }
  }
  return insets;
}
