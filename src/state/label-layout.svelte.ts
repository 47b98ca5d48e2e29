/**
 * Which actors are named on the graph, and where: the candidates (lib/labels/candidates.ts:
 * hubs, focus, hits, and everything once zoomed in) placed without overlap, clear of what is
 * laid over the graph (lib/labels/place.ts, state/graph-overlays.svelte.ts) for the view where
 * the camera last settled.
 */
import { CANVAS_THRESHOLD, detailAt } from '../lib/render/lod.ts';
import { competing, viewRect, type Rect } from '../lib/render/competing.ts';
import { labelPriority } from '../lib/graph/encoding.ts';
import { isLinkShown } from '../lib/graph/filter.ts';
import { fewMatches, labelCandidates } from '../lib/labels/candidates.ts';
import { placeLabels, type Placement } from '../lib/labels/place.ts';
import { MAX_SEGMENTS } from '../lib/labels/segments.ts';
import { labelText } from '../lib/labels/text.ts';
import { labelWidth } from '../lib/labels/width.ts';
import { minRadius } from '../lib/graph/encoding.ts';
import type { GraphNode } from '../lib/types.ts';
import type { AppState } from './app-state.svelte.ts';
import type { Camera } from './camera.svelte.ts';
import { GraphOverlays } from './graph-overlays.svelte.ts';
import { afterPaint } from '../lib/schedule/after-paint.ts';
import { untrack } from 'svelte';

const NO_LABELS = new Map<string, Placement>();
/** Zoom scale from which every actor may be labelled, not only hubs. */
const DETAIL_SCALE = 1;
/** Screen pixels around the view whose actors still count as obstacles (a long label's width). */
const VIEW_MARGIN_PX = 160;
/** Below this graph width (base-font pixels: a phone) a filter's few matches are not forced. */
const NARROW = 600;

/** What the filters and the timeline leave: the shown actors, the matches, the links made. */
interface Shown {
  visible: ReadonlySet<string>;
  filtering: boolean;
  matches: ReadonlySet<string>;
  asOfLinks: ReadonlySet<string> | null;
}

export class LabelLayout {
  readonly #app: AppState;
  readonly #camera: Camera;
  /** The buttons, key and sheet laid over the graph: labels keep clear of them. */
  readonly #overlays = new GraphOverlays();
  /** False until the frame after the first paint (see `start`). */
  #on = $state(false);
  /**
   * Label widths, measured on first need, not all 243 while mounting: zoomed out only hubs
   * are candidates. A plain cache, not state: names and hubs are fixed for a dataset (the
   * graph remounts with it).
   */
  readonly #widths = new Map<string, number>();
  /** Root font size relative to 16 px (larger on projectors, see styles/presenter.css); labels follow it. */
  readonly fontScale =
    typeof document === 'undefined'
      ? 1
      : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;

  /** A large graph's actors in a rectangle (its quadtree, state/canvas-layer), or none. */
  readonly #inView: (r: Rect) => Iterable<string>;

  /**
   * The search hits' ids as labelled: `app.hits` once the keystroke's frame is painted. A
   * keystroke shows the results and the graph's halos in its own frame, and names the hits in
   * the next: placing labels (3–8 ms on the built-in page, more at 5,000 actors) is not in the
   * keystroke's frame (issue 10: a keystroke within 16 ms).
   */
  #hits: readonly string[] = $state.raw([]);
  /**
   * What the filters leave, as the labels see it: `app`'s, once the filter's frame is painted
   * (as the hits' names), so that frame shows the nodes and links the filter leaves without
   * also placing every label: 20–25 ms on the built-in page when a filter is cleared and every
   * actor may be named again, about 10 ms at 5,000 actors. The names follow a frame later.
   */
  #lagged: Shown;

  constructor(app: AppState, camera: Camera, inView: (r: Rect) => Iterable<string> = () => []) {
    this.#app = app;
    this.#camera = camera;
    this.#inView = inView;
    const shownNow = (): Shown => ({
      visible: app.visible,
      filtering: app.filtering,
      matches: app.matches,
      asOfLinks: app.asOfLinks,
    });
    this.#lagged = $state.raw(shownNow());
    $effect(() => {
      const ids = app.hits.map((h) => h.id);
      return afterPaint(() => (this.#hits = ids));
    });
    $effect(() => {
      const now = shownNow();
      const last = untrack(() => this.#lagged);
      if (
        now.visible === last.visible &&
        now.matches === last.matches &&
        now.asOfLinks === last.asOfLinks
      )
        return;
      return afterPaint(() => (this.#lagged = now));
    });
  }

  /**
   * The actors that take part in placement: all of them below CANVAS_THRESHOLD (the SVG
   * graph, unchanged); on a large graph those that can be named or seen (lib/render/competing.ts).
   */
  #nodes(labels: 'hubs' | 'all', screen: { width: number; height: number }): readonly GraphNode[] {
    const app = this.#app;
    const all = app.dataset.nodes;
    if (all.length < CANVAS_THRESHOLD) return all;
    const { positions, index, selection, neighbourhood, highlight } = app;
    const shown = this.#lagged;
    const forced = [
      app.focusId,
      selection?.type === 'node' ? selection.id : null,
      ...highlight,
      ...this.#hits,
      ...(app.selectedLink !== null ? (neighbourhood ?? []) : []),
      ...(fewMatches(shown.filtering, shown.matches) ?? []),
    ].filter((id): id is string => id !== null);
    const ids = competing({
      labels,
      view: viewRect(this.#camera.settled, screen, VIEW_MARGIN_PX),
      inView: this.#inView,
      position: (id) => positions.get(id),
      hubs: app.display.hubs,
      forced,
      neighbourhood,
      priority: (id) => {
        const n = index.byId.get(id);
        return n ? labelPriority(n, index.degree.get(id) ?? 0) : 0;
      },
    });
    return [...ids].flatMap((id) => index.byId.get(id) ?? []);
  }

  /** Measure what is laid over `graph` (its svg) from now on; returns the detach. */
  attach(graph: Element): () => void {
    return this.#overlays.attach(graph);
  }

  /** Place labels from now on, for the view as it is. */
  start(): void {
    this.#camera.settle();
    this.#on = true;
  }

  #widthOf(n: GraphNode, bold: boolean): number {
    const hub = this.#app.display.hubs.has(n.id);
    // A bold label of a non-hub (the focus) is measured bold each time: it is rare.
    if (bold && !hub) return labelWidth(labelText(n), true);
    let w = this.#widths.get(n.id);
    if (w === undefined) this.#widths.set(n.id, (w = labelWidth(labelText(n), hub)));
    return w;
  }

  /** Label id → where it is drawn. */
  placements: Map<string, Placement> = $derived.by(() => {
    const app = this.#app;
    const { screen, settled } = this.#camera;
    // Until the first size report (the ResizeObserver, which frames the graph before the first
    // paint) the view is not framed: labels placed for it would be thrown away unseen, at a
    // cost of ~15 ms on load. Without layout (jsdom) there are no labels.
    if (screen.width === 0 || !this.#on) return NO_LABELS;
    // A large graph zoomed far out shows no names (lib/render/lod.ts).
    const detail = detailAt(settled.k, app.dataset.nodes.length);
    if (detail.labels === 'none') return NO_LABELS;
    const shown = this.#lagged;
    const { items, scene, always } = labelCandidates({
      nodes: this.#nodes(detail.labels, screen),
      // A large graph's links are not weighed (lib/labels/segments.ts): do not sift them.
      links:
        app.dataset.links.length <= MAX_SEGMENTS
          ? app.dataset.links.filter((l) => isLinkShown(l, shown.visible, shown.asOfLinks))
          : [],
      positions: app.positions,
      degree: app.index.degree,
      visible: shown.visible,
      hubs: app.display.hubs,
      neighbourhood: app.neighbourhood,
      focusId: app.focusId,
      selectedNode: app.selection?.type === 'node' ? app.selection.id : null,
      linkSelected: app.selectedLink !== null,
      highlight: app.highlight,
      hits: this.#hits,
      zoomedIn: settled.k / this.fontScale >= DETAIL_SCALE && detail.labels === 'all',
      few: fewMatches(shown.filtering, shown.matches),
      minRadius: minRadius(app.present),
      fewForced: screen.width / this.fontScale >= NARROW,
      width: (n, bold) => this.#widthOf(n, bold),
    });
    // Placement works in base-font pixels: with labels f× larger, divide the screen by f.
    const f = this.fontScale;
    const view = {
      x: settled.x / f,
      y: settled.y / f,
      k: settled.k / f,
      width: screen.width / f,
      height: screen.height / f,
    };
    // Measured now (the overlays sit where they are when the view settles); `version` places
    // the labels again when one of them changes size meanwhile.
    void this.#overlays.version;
    const overlays = this.#overlays.measure().map((b) => ({
      x0: b.x0 / f,
      y0: b.y0 / f,
      x1: b.x1 / f,
      y1: b.y1 / f,
    }));
    return placeLabels(items, view, always, { ...scene, overlays });
  });
}
