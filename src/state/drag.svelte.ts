/**
 * Dragging a node: the first drag starts the live simulation (graph/drag.ts) from the current
 * positions; each tick replaces `app.positions`, so Svelte moves what moved. A dragged node
 * stays pinned where it was dropped until "Release pins".
 *
 * The simulation's code (d3-force) is not in the page's bundle: the graph opens on a prebuilt
 * layout, so it loads on the first drag. Until it has arrived (a few milliseconds) the node
 * simply follows the pointer; from then on its neighbours follow with physics. From
 * `LIVE_DRAG_LIMIT` actors there is no physics: a tick of the whole graph is hundreds of ms
 * there (a drag froze the page for seconds, issue 10), so the dragged actor alone moves.
 */
import type { createDragSimulation } from '../lib/graph/drag.ts';
import type { AppState } from './app-state.svelte.ts';

type Simulation = ReturnType<typeof createDragSimulation>;

/** From this many actors a drag moves the dragged actor only. */
export const LIVE_DRAG_LIMIT = 10_000;

export class DragController {
  /** Ids of nodes the reader has pinned by dragging. */
  pinned: Set<string> = $state.raw(new Set());
  #sim: Simulation | null = null;
  #loading: Promise<unknown> | null = null;
  #stopped = false;
  #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Move node `id` to layout point (x, y), pinning it there. */
  move(id: string, x: number, y: number): void {
    if (!this.pinned.has(id)) this.pinned = new Set([...this.pinned, id]);
    if (this.#sim) {
      this.#sim.drag(id, x, y);
      return;
    }
    this.#app.positions = new Map(this.#app.positions).set(id, { x, y });
    if (this.#loading || this.#app.dataset.nodes.length >= LIVE_DRAG_LIMIT) return;
    this.#loading = import('../lib/graph/drag.ts').then(({ createDragSimulation }) => {
      if (this.#stopped) return;
      const sim = createDragSimulation(this.#app.dataset, this.#app.positions);
      sim.onTick((positions) => {
        this.#app.positions = positions;
      });
      // Nodes dragged before it arrived stay where they were dropped.
      for (const pin of this.pinned) {
        const p = this.#app.positions.get(pin);
        if (p) sim.drag(pin, p.x, p.y);
      }
      sim.endDrag();
      this.#sim = sim;
    });
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
    this.#stopped = true;
    this.#sim?.stop();
    this.#sim = null;
  }
}
