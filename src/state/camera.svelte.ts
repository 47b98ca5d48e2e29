/**
 * The graph's camera: the one owner of the zoom transform, the d3-zoom behaviour that moves it
 * and the eased moves ("tweens") that frame a selection or a story step. d3-zoom keeps its
 * state on the <svg> element; `transform` mirrors it for Svelte to apply on one <g>.
 *
 * The arithmetic is pure (lib/graph/viewport.ts); what the camera adds is measuring: the part
 * of the graph a frame may use is what the elements laid over it (marked `data-graph-cover`:
 * the zoom buttons, the presenter's key, a phone's bottom sheet) leave free.
 *
 * d3-zoom loads after the page (lib/graph/behaviours-lazy.ts): until it is attached, a move
 * sets `transform` and `settled` itself, as d3-zoom's events would, and the behaviour starts
 * from the transform shown when it comes.
 */
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { behaviours, loadBehaviours, type Behaviours } from '../lib/graph/behaviours-lazy.ts';
import { tick, untrack } from 'svelte';
import {
  boundsOf,
  coverInsets,
  frameTransform,
  MAX_SCALE,
  MIN_SCALE,
  NO_INSETS,
  type Bounds,
  type Transform,
} from '../lib/graph/viewport.ts';
import { openingTransform } from '../lib/graph/fit.ts';
import type { Point } from '../lib/graph/positions.ts';

/** The attribute that marks an element as laid over the graph (see `coverInsets`). */
export const COVER_ATTRIBUTE = 'data-graph-cover';
/** Screen pixels kept free right of the graph when framing, for the labels of the rightmost nodes. */
const LABEL_ROOM = 120;
/** Largest scale when framing a few nodes: two neighbours should not fill the screen. */
const FRAME_MAX_SCALE = 2.2;
/** Length of an eased move, in ms. */
const TWEEN_MS = 450;

const IDENTITY: Transform = { x: 0, y: 0, k: 1 };

type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

export class Camera {
  /** The live transform, mirrored from d3-zoom on every zoom event. */
  transform: Transform = $state.raw(IDENTITY);
  /** The transform at the end of the last gesture or move: labels are placed for it. */
  settled: Transform = $state.raw(IDENTITY);
  /** The svg's size in pixels, from the ResizeObserver (0 until it first reports). */
  screen = $state.raw({ width: 0, height: 0 });
  /** True once the reader (or a story step) moved the view: a resize then no longer refits. */
  touched = false;
  /** What the last `frame` showed, until the reader moves the view or the whole graph opens. */
  #framed: Point[] | null = null;

  #svg: SVGSVGElement | undefined;
  #zoomer: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  #tween = 0;
  /** The zoom's lower limit, kept for a behaviour attached later. */
  #minScale = MIN_SCALE;
  /** True while `go` eases the view: every step ends a zoom, but labels wait for the last. */
  #tweening = false;
  readonly #reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** Attach d3-zoom to the svg Svelte made (once it is loaded); returns the detach. */
  attach(svg: SVGSVGElement): () => void {
    this.#svg = svg;
    let attached = true;
    const now = behaviours();
    if (now) this.#attachZoom(svg, now);
    else void loadBehaviours().then((b) => attached && this.#attachZoom(svg, b));
    return () => {
      attached = false;
      cancelAnimationFrame(this.#tween);
      behaviours()?.select(svg).on('.zoom', null);
      this.#svg = undefined;
      this.#zoomer = undefined;
    };
  }

  #attachZoom(svg: SVGSVGElement, { select, zoom, zoomIdentity }: Behaviours): void {
    let adopting = true;
    this.#zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([this.#minScale, MAX_SCALE])
      // The graph's size as last reported (`screen`), not read from the svg: d3-zoom's own
      // reading, on every move, laid the page out in the middle of a filter change.
      .extent(() => {
        const { width, height } = this.screen;
        return width > 0
          ? [
              [0, 0],
              [width, height],
            ]
          : [
              [0, 0],
              [svg.clientWidth, svg.clientHeight],
            ];
      })
      .on('zoom', (e: ZoomEvent) => {
        if (adopting) return;
        this.transform = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
        if (e.sourceEvent) {
          this.touched = true;
          this.#framed = null;
        }
      })
      .on('end', (e: ZoomEvent) => {
        if (!adopting && !this.#tweening)
          this.settled = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
      });
    select(svg).call(this.#zoomer).on('dblclick.zoom', null);
    // It starts from the view shown, which is already `transform` and `settled`: adopting it
    // must not place the labels again.
    const { x, y, k } = this.transform;
    this.#zoomer.transform(select(svg), zoomIdentity.translate(x, y).scale(k));
    adopting = false;
  }

  /** Labels follow the view now (after a resize, or the frame after the first paint). */
  settle(): void {
    if (!this.#tweening) this.settled = this.transform;
  }

  /** Zoom by `factor` about the centre (the + and − buttons). */
  zoomBy(factor: number): void {
    const select = behaviours()?.select;
    if (this.#svg && this.#zoomer && select) this.#zoomer.scaleBy(select(this.#svg), factor);
  }

  /** The zoom may go out to `k` (a large graph's opening frame), and back in to MAX_SCALE. */
  #extend(k: number): void {
    this.#minScale = Math.min(MIN_SCALE, k);
    this.#zoomer?.scaleExtent([this.#minScale, MAX_SCALE]);
  }

  /**
   * Show `b` (the drawn actors' box) as large as the graph's area allows, at any scale the
   * dataset needs (lib/graph/fit.ts): the zoom's limit follows, so the reader can come back.
   */
  open(b: Bounds, animate = true): void {
    this.#framed = null;
    const { width, height } = this.#size();
    const t = openingTransform(b, width, height);
    this.#extend(t.k);
    this.#go(t, animate);
  }

  /**
   * Show every point in `points`, eased unless `animate` is false or motion is reduced. A large
   * graph may need to zoom out past MIN_SCALE (`minScale`) to be seen whole: the zoom's limit
   * follows, so the reader can come back to this view.
   */
  fit(points: Iterable<Point>, animate = true, minScale?: number): void {
    const b = boundsOf(points, 30);
    if (!b) return;
    const t = frameTransform(
      b,
      this.#size(),
      { ...NO_INSETS, right: LABEL_ROOM },
      undefined,
      minScale,
    );
    this.#extend(t.k);
    this.#go(t, animate);
  }

  /**
   * Frame `points` in the part of the graph nothing covers. Waits for Svelte to apply pending
   * changes first: a selection made just before opens the bottom sheet this must leave room for.
   */
  async frame(points: Point[], animate = true, hold = true): Promise<void> {
    this.#framed = points;
    const b = boundsOf(points, 40);
    if (!b) return;
    // Held (a story step, a selection): a resize keeps this view. Not held ("Fit" on a
    // filter): a resize frames again, as it refits the whole graph.
    if (hold) this.touched = true;
    await tick();
    const insets = { ...this.#covered(), right: LABEL_ROOM };
    this.#go(frameTransform(b, this.#size(), insets, FRAME_MAX_SCALE), animate);
  }

  /**
   * Frame again what was last framed, for the space now free: a phone's bottom sheet closed,
   * and the actors framed above it would otherwise leave the lower half of the screen empty.
   * Nothing when the reader has moved the view since.
   */
  reframe(): void {
    if (this.#framed) void this.frame(this.#framed);
  }

  /** What the elements marked `data-graph-cover` take from the graph's edges, measured now. */
  #covered() {
    const svg = this.#svg;
    if (!svg) return NO_INSETS;
    const covers = [...document.querySelectorAll(`[${COVER_ATTRIBUTE}]`)].map((el) =>
      el.getBoundingClientRect(),
    );
    return coverInsets(svg.getBoundingClientRect(), covers);
  }

  /**
   * The graph's size: as last reported (`screen`; a change of it frames again anyway), measured
   * only before the first report. Measuring in the middle of a filter change laid the page out
   * there (12 ms of a click on the built-in map, issue 10).
   */
  #size(): { width: number; height: number } {
    const { width, height } = untrack(() => this.screen);
    if (width > 0 && height > 0) return { width, height };
    const r = this.#svg?.getBoundingClientRect();
    return { width: r?.width || 800, height: r?.height || 600 };
  }

  /** Move the view to `t`, eased over TWEEN_MS unless the reader prefers reduced motion. */
  #go(t: Transform, animate: boolean): void {
    const svg = this.#svg;
    if (!svg) return;
    const set = (v: Transform) => {
      const z = this.#zoomer;
      const d3 = behaviours();
      if (z && d3)
        return z.transform(d3.select(svg), d3.zoomIdentity.translate(v.x, v.y).scale(v.k));
      // Before d3-zoom is here: what its "zoom" and "end" events would do.
      this.transform = v;
      if (!this.#tweening) this.settled = v;
    };
    cancelAnimationFrame(this.#tween);
    this.#tweening = false;
    if (!animate || this.#reduced) {
      set(t);
      return;
    }
    const from = this.transform;
    const start = performance.now();
    this.#tweening = true;
    const step = (now: number) => {
      const u = Math.min(1, (now - start) / TWEEN_MS);
      const e = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2;
      const k = from.k * (t.k / from.k) ** e;
      // The last step ends the tween first, so its zoom "end" places the labels once.
      if (u >= 1) this.#tweening = false;
      set({ k, x: from.x + (t.x - from.x) * e, y: from.y + (t.y - from.y) * e });
      if (u < 1) this.#tween = requestAnimationFrame(step);
    };
    this.#tween = requestAnimationFrame(step);
  }
}
