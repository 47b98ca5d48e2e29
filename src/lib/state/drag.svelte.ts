/**
 * Dragging a node: the first drag starts the live simulation (layout.ts) from the current
 * positions; each tick replaces `app.positions`, so Svelte moves what moved. A dragged node
 * stays pinned where it was dropped until "Release pins".
 */
import { createDragSimulation } from '../graph/layout.ts';
import type { AppState } from './app-state.svelte.ts';

type Simulation = ReturnType<typeof createDragSimulation>;

export class DragController {
  /** Ids of nodes the reader has pinned by dragging. */
  pinned: Set<string> = $state.raw(new Set());
  #sim: Simulation | null = null;
  #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Move node `id` to layout point (x, y), pinning it there. */
  move(id: string, x: number, y: number): void {
    if (!this.#sim) {
      const sim = createDragSimulation(this.#app.dataset, this.#app.positions);
      sim.onTick((positions) => {
        this.#app.positions = positions;
      });
      this.#sim = sim;
    }
    this.#sim.drag(id, x, y);
    if (!this.pinned.has(id)) this.pinned = new Set([...this.pinned, id]);
  }

  /** The pointer let go: the graph cools, the node stays pinned where it was dropped. */
  end(): void {
    this.#sim?.endDrag();
  }

  /** Let every pinned node go; the layout re-settles around them. */
  releaseAll(): void {
    this.#sim?.releaseAll();
    this.pinned = new Set();
  }

  stop(): void {
    this.#sim?.stop();
    this.#sim = null;
  }
}
