/**
 * The graph's layout, computed before the first paint: a stopped d3-force simulation ticked to
 * the end synchronously (LayerCake's way), so the page opens on a settled picture, the same
 * every time: d3-force's random source is seeded and the start positions below are fixed.
 */
import type { Dataset } from '../types.ts';
import { indexGraph } from './graph-index.ts';
import { buildSimulation, type Point } from './simulation.ts';
import { seedPositions } from './seeds.ts';

export type { Point } from './simulation.ts';
export { createDragSimulation, type DragSimulation } from './drag.ts';

/** Ticks when the caller gives none: fewer than d3's 300, since the seeds start close to the answer. */
export const DEFAULT_TICKS = 150;

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
