/**
 * The geometry of a label: its size, the boxes it may take beside its node, and the box tests
 * placement scores with. Pixels throughout are those of the scaled layout (the screen before
 * panning, in base-font pixels: see state/label-layout.svelte.ts).
 */

/** Label height in screen pixels, and the gap between a node's edge and its label. */
export const LABEL_HEIGHT = 14;
export const LABEL_GAP = 4;
/** Screen pixels kept clear along the screen's edges: a label touching one looks cut. */
export const EDGE = 4;
/** The focus label (hovered or selected node) is drawn this much larger, and bold. */
export const FOCUS_LABEL_SCALE = 1.12;

/** A box in pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label sits against its node. Right is the calm default; left is its mirror. */
export type LabelSide =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

/** The sides a label tries, in order: beside the node first, where the eye reads on. */
export const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];
/**
 * Then the corners: in the crowded middle of the graph four sides often all touch a label
 * placed before, and a hub would go unnamed.
 */
export const CORNERS: readonly LabelSide[] = [
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];
/** cos 45°: a corner label sits off the node's edge along the diagonal. */
const DIAGONAL = Math.SQRT1_2;

/** What labelBox needs of a label: its node (layout units) and its size (pixels). */
export interface Sized {
  x: number;
  y: number;
  r: number;
  width: number;
  /** Defaults to LABEL_HEIGHT; larger for the focus label, drawn bigger. */
  height?: number;
}

/**
 * The box of a label on `side` of its node, at `gap` pixels beyond the node's edge (LABEL_GAP:
 * beside it; more: away from it, joined by a leader line):
 * `labelBox({ x: 10, y: 20, r: 5, width: 50 }, 2)` → `{ x0: 34, y0: 33, x1: 84, y1: 47 }`.
 */
export function labelBox(
  item: Sized,
  scale: number,
  side: LabelSide = 'right',
  gap = LABEL_GAP,
): Box {
  const { width: w, height: h = LABEL_HEIGHT } = item;
  const cx = item.x * scale;
  const cy = item.y * scale;
  const reach = item.r * scale + gap;
  if (side.includes('-')) {
    const d = reach * DIAGONAL;
    const x0 = side.endsWith('right') ? cx + d : cx - d - w;
    const y0 = side.startsWith('above') ? cy - d - h : cy + d;
    return { x0, y0, x1: x0 + w, y1: y0 + h };
  }
  if (side === 'above' || side === 'below') {
    const y0 = side === 'above' ? cy - reach - h : cy + reach;
    return { x0: cx - w / 2, y0, x1: cx + w / 2, y1: y0 + h };
  }
  const x0 = side === 'right' ? cx + reach : cx - reach - w;
  return { x0, y0: cy - h / 2, x1: x0 + w, y1: cy + h / 2 };
}

/** True when two boxes share any area. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Square pixels two boxes share: a sliver where two lines touch counts less than a pile. */
export const shared = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Pixels by which `b` pokes out of `s`, summed over the four edges. */
export const overflow = (b: Box, s: Box): number =>
  Math.max(0, s.x0 - b.x0) +
  Math.max(0, b.x1 - s.x1) +
  Math.max(0, s.y0 - b.y0) +
  Math.max(0, b.y1 - s.y1);

/** The point of `b` nearest to (x, y): where a leader line from there meets the label. */
export const nearestPoint = (b: Box, x: number, y: number): { x: number; y: number } => ({
  x: Math.min(Math.max(x, b.x0), b.x1),
  y: Math.min(Math.max(y, b.y0), b.y1),
});

/**
 * True when the segment (ax, ay)–(bx, by) passes through the inside of `b` (Liang–Barsky
 * clipping): a link drawn across a label, or a leader line across another label. Written
 * without closures: placement asks it some ten thousand times.
 */
export function segmentCrosses(b: Box, ax: number, ay: number, bx: number, by: number): boolean {
  if (Math.max(ax, bx) <= b.x0 || Math.min(ax, bx) >= b.x1) return false;
  if (Math.max(ay, by) <= b.y0 || Math.min(ay, by) >= b.y1) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // The four edges as (p, q): inside where p·t ≤ q.
  const ps = [-dx, dx, -dy, dy];
  const qs = [ax - b.x0, b.x1 - ax, ay - b.y0, b.y1 - ay];
  for (let i = 0; i < 4; i++) {
    const p = ps[i]!;
    const q = qs[i]!;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Which side of the line p → q the point r is on: 1, -1, or 0 on it. */
const turn = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));

/** True when segments a and b, each [x1, y1, x2, y2], cross (touching ends do not). */
export function segmentsCross(a: readonly number[], b: readonly number[]): boolean {
  const [ax, ay, bx, by] = a as [number, number, number, number];
  const [cx, cy, dx, dy] = b as [number, number, number, number];
  return (
    turn(ax, ay, bx, by, cx, cy) * turn(ax, ay, bx, by, dx, dy) < 0 &&
    turn(cx, cy, dx, dy, ax, ay) * turn(cx, cy, dx, dy, bx, by) < 0
  );
}
