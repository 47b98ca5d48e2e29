/**
 * The layout's start positions (`seedPositions`), apart from the simulation (d3-force): the
 * page draws a large graph from them while its worker lays it out, and computes them itself
 * rather than wait for the worker to start up (layout/client.ts).
 */
import type { Dataset } from '../types.ts';
import type { GraphIndex } from './graph-index.ts';
import type { Point } from './positions.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions that already look like the answer, so fewer ticks settle it: each node sits
 * in a sunflower spiral around its best-connected neighbour (its "anchor"), and anchors sit in
 * a wide spiral of their own, biggest in the middle.
 */
export function seedPositions(ds: Dataset, index: GraphIndex): Map<string, Point> {
  const deg = (id: string) => index.degree.get(id) ?? 0;
  const anchorOf = new Map<string, string>();
  for (const n of ds.nodes) {
    let best = n.id;
    for (const m of index.neighbours.get(n.id) ?? []) {
      if (deg(m) > deg(best) || (deg(m) === deg(best) && best !== n.id && m < best)) best = m;
    }
    anchorOf.set(n.id, deg(best) > deg(n.id) ? best : n.id);
  }
  // Highest degree first: an anchor always has more links than its children, so it is placed
  // before them (a child placed before its anchor would pile up at the origin with others).
  const order = [...ds.nodes].sort((a, b) => deg(b.id) - deg(a.id) || (a.id < b.id ? -1 : 1));
  const out = new Map<string, Point>();
  const children = new Map<string, number>();
  let anchors = 0;
  for (const n of order) {
    const a = anchorOf.get(n.id)!;
    if (a === n.id) {
      const rad = 120 * Math.sqrt(anchors);
      out.set(n.id, {
        x: rad * Math.cos(anchors * GOLDEN_ANGLE),
        y: rad * Math.sin(anchors * GOLDEN_ANGLE),
      });
      anchors += 1;
      continue;
    }
    const centre = out.get(a)!;
    const k = children.get(a) ?? 0;
    children.set(a, k + 1);
    const rad = 40 + 9 * Math.sqrt(k);
    out.set(n.id, {
      x: centre.x + rad * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + rad * Math.sin(k * GOLDEN_ANGLE),
    });
  }
  return out;
}

/**
 * The seeds of `ds` in node order, centred on their mean as every layout report is
 * (`[x0, y0, x1, y1…]`, see layout/protocol.ts): the first picture of a large graph.
 */
export function centredSeeds(
  ds: Dataset,
  index: GraphIndex,
  seeds: ReadonlyMap<string, Point> = seedPositions(ds, index),
): Float32Array {
  return centred(ds.nodes.map((n) => seeds.get(n.id)!));
}

/** Points centred on their mean, packed `[x0, y0, x1, y1…]` in their order. */
export function centred(points: readonly { x?: number; y?: number }[]): Float32Array {
  const n = Math.max(1, points.length);
  let cx = 0;
  let cy = 0;
  for (const d of points) {
    cx += d.x ?? 0;
    cy += d.y ?? 0;
  }
  cx /= n;
  cy /= n;
  const out = new Float32Array(points.length * 2);
  points.forEach((d, i) => {
    out[2 * i] = (d.x ?? 0) - cx;
    out[2 * i + 1] = (d.y ?? 0) - cy;
  });
  return out;
}
