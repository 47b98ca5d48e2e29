/**
 * Drawing a large graph on a Canvas: links in a few batched paths by state (one `stroke` per
 * batch, not per link), nodes grouped by colour and opacity. Only what is in view is drawn, and
 * the level of detail (lod.ts) skips links too short to see and draws tiny nodes as square
 * dots. Links and nodes can go to canvases of their own (`drawLinks`, `drawNodes`: the page
 * dims each apart, scene.ts) or to one (`drawScene`). Pure apart from the context it is given,
 * so tests pass a recorder.
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
  /** Scene index per node (scene.ts), for the mask of nodes not to draw. */
  index: Int32Array;
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

/** The visible rectangle in layout units, with a margin for the biggest node. */
function viewBox(view: View) {
  const { x, y, k, width, height } = view;
  const margin = 40;
  return {
    x0: (-x - margin) / k,
    y0: (-y - margin) / k,
    x1: (width - x + margin) / k,
    y1: (height - y + margin) / k,
  };
}

/** Clear the canvas (its whole bitmap, in CSS px). */
export function clear(ctx: CanvasLike, view: View): void {
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
}

/** Draw the link batches in view; returns how many links were drawn. */
export function drawLinks(
  ctx: CanvasLike,
  links: readonly LinkBatch[],
  view: View,
  detail: Detail,
): number {
  const { x, y, k, dpr } = view;
  const { x0, y0, x1, y1 } = viewBox(view);
  const out = (px: number, py: number) => px < x0 || px > x1 || py < y0 || py > y1;
  const minLen = detail.minLinkPx / k;
  let drawn = 0;
  // Links in layout units under the zoom transform, line widths divided by k so they stay
  // 1 CSS px wide at any zoom (the SVG's non-scaling-stroke).
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  for (const batch of links) {
    if (batch.alpha <= 0 || batch.segments.length === 0) continue;
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
      drawn += 1;
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  return drawn;
}

/**
 * Draw the node batches in view, leaving out those `skip` marks (by scene index: the nodes
 * the SVG layer draws); returns how many nodes were drawn.
 */
export function drawNodes(
  ctx: CanvasLike,
  nodes: readonly NodeBatch[],
  view: View,
  detail: Detail,
  skip?: Uint8Array,
): number {
  const { x, y, k, dpr } = view;
  const { x0, y0, x1, y1 } = viewBox(view);
  let drawn = 0;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  for (const batch of nodes) {
    if (batch.alpha <= 0) continue;
    ctx.globalAlpha = batch.alpha;
    ctx.fillStyle = batch.fill;
    const v = batch.xyr;
    for (let i = 0, j = 0; i < v.length; i += 3, j++) {
      if (skip && skip[batch.index[j]!] === 1) continue;
      const nx = v[i]!;
      const ny = v[i + 1]!;
      const r = v[i + 2]!;
      if (nx < x0 || nx > x1 || ny < y0 || ny > y1) continue;
      drawn += 1;
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
  return drawn;
}

/** Clear, then draw links and nodes on one canvas; returns how many of each were drawn. */
export function drawScene(
  ctx: CanvasLike,
  links: readonly LinkBatch[],
  nodes: readonly NodeBatch[],
  view: View,
  detail: Detail,
  skip?: Uint8Array,
): DrawStats {
  clear(ctx, view);
  return {
    links: drawLinks(ctx, links, view, detail),
    nodes: drawNodes(ctx, nodes, view, detail, skip),
  };
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
