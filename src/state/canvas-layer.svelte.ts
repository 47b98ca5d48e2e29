/**
 * The state a large graph's Canvas layer needs beside the app's (CANVAS_THRESHOLD actors and
 * up): which nodes stay in the SVG (hubs, the selection and its near neighbours, search hits,
 * the keyboard's node), and which node is under a point, from a quadtree rebuilt when the
 * layout changes. Below the threshold `on` is false and nothing here is computed.
 */
import { nodeRadius } from '../lib/graph/encoding.ts';
import { labelPriority } from '../lib/graph/encoding.ts';
import type { NodeHitIndex } from '../lib/render/hit-index.ts';
import { CANVAS_THRESHOLD } from '../lib/render/lod.ts';
import type { AppState } from './app-state.svelte.ts';

/** Neighbours of the selected node kept in the SVG (focusable, labelled) up to this many. */
const NEAR_IN_DOM = 60;
/** Screen pixels of slack around a node for hover and click. */
const HIT_SLACK_PX = 3;

export class CanvasLayer {
  readonly on: boolean;
  readonly #app: AppState;
  readonly #hubs: () => ReadonlySet<string>;
  readonly #cursor: () => string | null;
  readonly #HitIndex: typeof NodeHitIndex | undefined;

  /** `HitIndex`: the quadtree's class, loaded with the Canvas path (not with the page). */
  constructor(
    app: AppState,
    hubs: () => ReadonlySet<string>,
    cursor: () => string | null,
    HitIndex?: typeof NodeHitIndex,
  ) {
    this.#app = app;
    this.#hubs = hubs;
    this.#cursor = cursor;
    this.#HitIndex = HitIndex;
    this.on = app.dataset.nodes.length >= CANVAS_THRESHOLD;
  }

  /** Nodes the SVG layer draws (all of them below the threshold: null). */
  inDom: ReadonlySet<string> | null = $derived.by(() => {
    if (!this.on) return null;
    const app = this.#app;
    const out = new Set(this.#hubs());
    const selected = app.selectedNode?.id;
    if (selected) {
      out.add(selected);
      const near = app.index.neighbours.get(selected) ?? new Set<string>();
      if (near.size <= NEAR_IN_DOM) for (const id of near) out.add(id);
    }
    for (const id of app.graphHits) out.add(id);
    const cursor = this.#cursor();
    if (cursor) out.add(cursor);
    return out;
  });

  #index: NodeHitIndex | null = $derived.by(() => {
    const HitIndex = this.#HitIndex;
    if (!this.on || !HitIndex) return null;
    // Each field read once: a read inside the loop is a tracked signal read per node.
    const { dataset, positions, index } = this.#app;
    return new HitIndex(
      dataset.nodes.flatMap((n) => {
        const p = positions.get(n.id);
        const degree = index.degree.get(n.id) ?? 0;
        return p
          ? [
              {
                id: n.id,
                x: p.x,
                y: p.y,
                r: nodeRadius(degree, n.kind),
                order: labelPriority(n, degree),
              },
            ]
          : [];
      }),
    );
  });

  /** Ids of the actors whose centre is in the rectangle (layout units); none below the threshold. */
  within(r: { x0: number; y0: number; x1: number; y1: number }): string[] {
    return this.#index?.within(r.x0, r.y0, r.x1, r.y1) ?? [];
  }

  /** The drawn node at layout point `x, y` at zoom `k` (hidden nodes are not drawn), or null. */
  nodeAt(x: number, y: number, k: number): string | null {
    const app = this.#app;
    const drawn = (id: string) => !app.hideFiltered || app.visible.has(id);
    return this.#index?.nodeAt(x, y, HIT_SLACK_PX / k, drawn) ?? null;
  }
}
