/**
 * A live simulation for dragging: the dragged node is pinned (fx/fy) under the pointer and
 * its neighbourhood follows with real physics, while a low alpha keeps the rest of the settled
 * picture nearly still.
 */
import type { Dataset } from '../types.ts';
import { indexGraph } from './graph-index.ts';
import { buildSimulation, type Point } from './simulation.ts';

/** Heat while a node is held: enough to move its neighbours, too little to reshuffle the graph. */
export const DRAG_ALPHA_TARGET = 0.05;

/** Handle on a running drag simulation. */
export interface DragSimulation {
  /** Pin node `id` at x,y and let the graph react. */
  drag(id: string, x: number, y: number): void;
  /** Let the graph cool; pinned nodes stay where they were dropped. */
  endDrag(): void;
  /** Unpin one node and re-settle. */
  release(id: string): void;
  /** Unpin every node and re-settle. */
  releaseAll(): void;
  /** Ids of the nodes currently pinned. */
  pinned(): Set<string>;
  /** Called on every tick with fresh positions (a new Map each time); returns an unsubscribe. */
  onTick(cb: (positions: Map<string, Point>) => void): () => void;
  /** Stop the timer for good. */
  stop(): void;
}

/** Start (idle) from the settled `positions`; nothing moves until `drag` is called. */
export function createDragSimulation(ds: Dataset, positions: Map<string, Point>): DragSimulation {
  const simulation = buildSimulation(ds, indexGraph(ds), positions).alpha(0).velocityDecay(0.6);
  const byId = new Map(simulation.nodes().map((n) => [n.id, n]));
  const listeners = new Set<(p: Map<string, Point>) => void>();
  simulation.on('tick', () => {
    const snapshot = new Map(simulation.nodes().map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    for (const cb of listeners) cb(snapshot);
  });
  const heat = (alpha: number, target: number) => {
    simulation.alpha(Math.max(simulation.alpha(), alpha)).alphaTarget(target).restart();
  };
  return {
    drag(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = x;
      n.fy = y;
      heat(0.1, DRAG_ALPHA_TARGET);
    },
    endDrag: () => void simulation.alphaTarget(0),
    release(id) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = null;
      n.fy = null;
      heat(0.2, 0);
    },
    releaseAll() {
      for (const n of byId.values()) n.fx = n.fy = null;
      heat(0.3, 0);
    },
    pinned: () => new Set([...byId.values()].filter((n) => n.fx != null).map((n) => n.id)),
    onTick(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    stop: () => void simulation.stop(),
  };
}
