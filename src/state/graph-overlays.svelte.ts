/**
 * What is laid over the graph, for its labels to keep clear of: the elements marked
 * `data-graph-cover` (the zoom buttons, the presenter's key, a phone's bottom sheet, the usage
 * hint), measured, never assumed, as boxes from the graph's top-left corner. `version` changes
 * when one of them or the graph changes size, or one comes or goes (the key folded or opened, a
 * sheet dragged), so that labels are placed again; their boxes are measured again only then.
 */
import type { Box } from '../lib/labels/geometry.ts';
import { COVER_ATTRIBUTE } from './camera.svelte.ts';

export class GraphOverlays {
  /** Bumped when a watched overlay's size changes; read it to be placed again then. */
  version = $state(0);
  #area: Element | undefined;
  #observer: ResizeObserver | undefined;
  /** Each overlay watched, with its size as last reported ("w×h"; "" until the first report). */
  readonly #sizes = new Map<Element, string>();

  /** Measure overlays against `area` (the graph's svg); returns the detach. */
  attach(area: Element): () => void {
    this.#area = area;
    this.#observer = new ResizeObserver((entries) => {
      // observe() reports each element once at once, as measured: only a later size unlike
      // the last (0 × 0 for one removed from the page) places the labels again.
      let changed = false;
      for (const { target, contentRect } of entries) {
        const size = `${contentRect.width}×${contentRect.height}`;
        const last = this.#sizes.get(target);
        if (last === size) continue;
        if (last === '' && target.isConnected) {
          this.#sizes.set(target, size);
          continue;
        }
        changed = true;
        if (target.isConnected) this.#sizes.set(target, size);
        else {
          this.#sizes.delete(target);
          this.#observer?.unobserve(target);
        }
      }
      if (changed) {
        this.#boxes = null;
        this.version++;
      }
    });
    // The graph's own size too: overlays pinned to its corners move when it changes.
    this.#sizes.set(area, '');
    this.#observer.observe(area);
    return () => {
      this.#observer?.disconnect();
      this.#sizes.clear();
      this.#boxes = null;
      this.#area = undefined;
    };
  }

  /**
   * The boxes last measured, until a size changes or an overlay comes or goes. Measuring
   * reads the page's layout, which while the page is being changed (a keystroke's results,
   * a filter) makes the browser lay it out there and then, a second time per input: 1–2 ms
   * each time on the built-in page, most of a search keystroke's budget (issue 10).
   */
  #boxes: Box[] | null = null;

  /** The overlays' boxes now, in screen pixels from the graph's top-left; those beside it left out. */
  measure(): Box[] {
    if (!this.#area) return [];
    const found = document.querySelectorAll(`[${COVER_ATTRIBUTE}]`);
    for (const el of found) {
      if (this.#sizes.has(el)) continue;
      this.#sizes.set(el, '');
      this.#observer?.observe(el);
      this.#boxes = null;
    }
    if (this.#boxes) return this.#boxes;
    const area = this.#area.getBoundingClientRect();
    const boxes: Box[] = [];
    for (const el of found) {
      const r = el.getBoundingClientRect();
      const over =
        r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom;
      if (!over || r.width === 0 || r.height === 0) continue;
      boxes.push({
        x0: r.left - area.left,
        y0: r.top - area.top,
        x1: r.right - area.left,
        y1: r.bottom - area.top,
      });
    }
    this.#boxes = boxes;
    return boxes;
  }
}
