/**
 * The graph's layout, computed before the first paint: a stopped d3-force simulation ticked to
 * the end synchronously (LayerCake's way), so the page opens on a settled picture, the same
 * every time: d3-force's random source is seeded and the start positions below are fixed.
 */
import type { Dataset } from '../types.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { buildSimulation, type Point } from './simulation.ts';

export type { Point } from './simulation.ts';
export { createDragSimulation, type DragSimulation } from './drag.ts';

/** Ticks when the caller gives none: fewer than d3's 300, since the seeds start close to the answer. */
export const DEFAULT_TICKS = 150;

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
 * Settled positions, centred on 0,0 (mean of all nodes), keyed by node id.
 * Deterministic: the same dataset gives the same numbers.
 */
export function computeLayout(ds: Dataset, opts: { ticks?: number } = {}): Map<string, Point> {
  const index = indexGraph(ds);
  const simulation = buildSimulation(ds, index, seedPositions(ds, index));
  const ticks = opts.ticks ?? DEFAULT_TICKS;
  // Cool over exactly `ticks` steps, so a shorter run still ends settled rather than hot.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / Math.max(1, ticks)));
  simulation.tick(ticks);
  const nodes = simulation.nodes();
  const n = Math.max(1, nodes.length);
  const cx = nodes.reduce((s, d) => s + (d.x ?? 0), 0) / n;
  const cy = nodes.reduce((s, d) => s + (d.y ?? 0), 0) / n;
  return new Map(nodes.map((d) => [d.id, { x: (d.x ?? 0) - cx, y: (d.y ?? 0) - cy }]));
}
