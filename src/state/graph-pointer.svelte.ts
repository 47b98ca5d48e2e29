/**
 * The pointer over the graph's background: the link under it (or, on a large graph, the actor
 * drawn on the Canvas under it), lit on hover and selected on click. Actors drawn in the SVG
 * answer their own events; this answers for what has no element of its own, by geometry
 * (lib/graph/hit.ts, the Canvas layer's quadtree).
 */
import { nearestLink } from '../lib/graph/hit.ts';
import type { Transform } from '../lib/graph/viewport.ts';
import type { AppState } from './app-state.svelte.ts';
import type { CanvasLayer } from './canvas-layer.svelte.ts';

/** Screen pixels within which a click or hover counts as on a link. */
const LINK_TOLERANCE = 6;

export class GraphPointer {
  /** The link under the pointer (drawn lit, clickable). */
  hoveredLink: string | null = $state(null);
  /** The Canvas-drawn actor under the pointer (large graphs), mirrored into `app.hovered`. */
  canvasHover: string | null = $state(null);
  /** The svg the graph is drawn in, set when it is attached. */
  svg: SVGSVGElement | undefined;

  readonly #app: AppState;
  readonly #canvasLayer: CanvasLayer;
  readonly #transform: () => Transform;
  #frame = 0;

  constructor(app: AppState, canvasLayer: CanvasLayer, transform: () => Transform) {
    this.#app = app;
    this.#canvasLayer = canvasLayer;
    this.#transform = transform;
  }

  /** The event's point in graph coordinates, or null when it is over an SVG actor. */
  #point(e: MouseEvent): { x: number; y: number } | null {
    if (!this.svg || (e.target as Element).closest?.('.node')) return null;
    const r = this.svg.getBoundingClientRect();
    const t = this.#transform();
    return { x: (e.clientX - r.left - t.x) / t.k, y: (e.clientY - r.top - t.y) / t.k };
  }

  #linkAt(e: MouseEvent): string | null {
    const p = this.#point(e);
    if (!p) return null;
    const app = this.#app;
    // Hidden links (filtered out, or not yet made at the timeline date) cannot be clicked.
    const k = this.#transform().k;
    return nearestLink(
      app.dataset.links,
      app.positions,
      app.display.linkDrawn,
      p,
      LINK_TOLERANCE / k,
    );
  }

  #canvasNodeAt(e: MouseEvent): string | null {
    if (!this.#canvasLayer.on) return null;
    const p = this.#point(e);
    return p ? this.#canvasLayer.nodeAt(p.x, p.y, this.#transform().k) : null;
  }

  /** A click on the background: a Canvas actor or a link is selected, else the selection clears. */
  click(e: MouseEvent): void {
    const app = this.#app;
    const node = this.#canvasNodeAt(e);
    if (node) return app.selectNode(node);
    const id = this.#linkAt(e);
    if (id) app.selectLink(id);
    else app.clearSelection();
  }

  /** Hover, once per frame (mouse and pen only: a touch has no hover). */
  move(e: PointerEvent): void {
    if (e.buttons !== 0 || e.pointerType === 'touch') return;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const node = this.#canvasNodeAt(e);
      if (node !== this.canvasHover) {
        if (this.#app.hovered === this.canvasHover) this.#app.hovered = node;
        this.canvasHover = node;
      }
      this.hoveredLink = node ? null : this.#linkAt(e);
    });
  }

  /** The pointer left the graph: nothing is under it. */
  leave(): void {
    this.hoveredLink = null;
    if (this.canvasHover !== null && this.#app.hovered === this.canvasHover) {
      this.#app.hovered = null;
    }
    this.canvasHover = null;
  }
}
