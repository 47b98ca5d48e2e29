/**
 * Drawing a large graph on a Canvas: links first, in a few batched paths by state (one
 * `stroke` per batch, not per link), then nodes grouped by colour and opacity. Only what is in
 * view is drawn, and the level of detail (lod.ts) skips links too short to see and draws tiny
 * nodes as square dots. Pure apart from the context it is given, so tests pass a recorder.
 */
import type { Detail } from './lod.ts';

/** The subset of CanvasRenderingContext2D used here (a recorder in tests). */
export interface CanvasLike {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  translate(x: number, y: number): void;
  fill(path: never): void;
  globalAlpha: number;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
}

/** One batch of nodes of the same colour and opacity. */
export interface NodeBatch {
  fill: string;
  alpha: number;
  /** x, y, r per node, flat. */
  xyr: Float32Array;
  /** Shape per node (a Path2D in the page), drawn when the node is big enough on screen. */
  shapes: readonly unknown[];
}

/** One batch of links of the same style: segment ends, flat (ax, ay, bx, by…). */
export interface LinkBatch {
  colour: string;
  alpha: number;
  width: number;
  segments: Float32Array;
}

/** The view: zoom transform (CSS px) and canvas size in CSS px, with the device pixel ratio. */
export interface View {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
  dpr: number;
}

export interface DrawStats {
  links: number;
  nodes: number;
}

/** Draw the batches; returns how many links and nodes were actually drawn. */
export function drawScene(
  ctx: CanvasLike,
  links: readonly LinkBatch[],
  nodes: readonly NodeBatch[],
  view: View,
  detail: Detail,
): DrawStats {
  const { x, y, k, width, height, dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // The visible rectangle in layout units, with a margin for the biggest node.
  const margin = 40;
  const x0 = (-x - margin) / k;
  const y0 = (-y - margin) / k;
  const x1 = (width - x + margin) / k;
  const y1 = (height - y + margin) / k;
  const out = (px: number, py: number) => px < x0 || px > x1 || py < y0 || py > y1;
  const minLen = detail.minLinkPx / k;
  const stats = { links: 0, nodes: 0 };

  // Links in layout units under the zoom transform, line widths divided by k so they stay
  // 1 CSS px wide at any zoom (the SVG's non-scaling-stroke).
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  for (const batch of links) {
    if (batch.alpha <= 0) continue;
    ctx.globalAlpha = batch.alpha;
    ctx.strokeStyle = batch.colour;
    ctx.lineWidth = batch.width / k;
    ctx.beginPath();
    const s = batch.segments;
    for (let i = 0; i < s.length; i += 4) {
      const ax = s[i]!;
      const ay = s[i + 1]!;
      const bx = s[i + 2]!;
      const by = s[i + 3]!;
      if (out(ax, ay) && out(bx, by) && !crosses(ax, ay, bx, by, x0, y0, x1, y1)) continue;
      if (minLen > 0 && Math.abs(bx - ax) + Math.abs(by - ay) < minLen) continue;
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
      stats.links += 1;
    }
    ctx.stroke();
  }

  for (const batch of nodes) {
    if (batch.alpha <= 0) continue;
    ctx.globalAlpha = batch.alpha;
    ctx.fillStyle = batch.fill;
    const v = batch.xyr;
    for (let i = 0, j = 0; i < v.length; i += 3, j++) {
      const nx = v[i]!;
      const ny = v[i + 1]!;
      const r = v[i + 2]!;
      if (out(nx, ny)) continue;
      stats.nodes += 1;
      if (r * k < detail.dotBelowPx) {
        const side = Math.max(1 / k, 1.6 * r);
        ctx.fillRect(nx - side / 2, ny - side / 2, side, side);
      } else {
        ctx.translate(nx, ny);
        ctx.fill(batch.shapes[j] as never);
        ctx.translate(-nx, -ny);
      }
    }
  }
  ctx.globalAlpha = 1;
  return stats;
}

/** Whether the segment's bounding box overlaps the view (both ends may lie outside it). */
function crosses(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  return (
    Math.max(ax, bx) >= x0 &&
    Math.min(ax, bx) <= x1 &&
    Math.max(ay, by) >= y0 &&
    Math.min(ay, by) <= y1
  );
}
