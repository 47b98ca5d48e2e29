/**
 * What a large graph's Canvas layer draws, derived from the app state (lib/render/scene.ts):
 * the nodes in draw order, the base (as the filters, the date and the layout leave the graph),
 * the mask of what the SVG draws, the overlay of the lit neighbourhood, which canvases are
 * dimmed, and the drawn extent. Each derivation reads only what it depends on, so hovering
 * recomputes the overlay alone and a selection the mask and the overlay (issue 10).
 */
import { strokeWeight } from '../lib/compare/cosign.ts';
import {
  buildBase,
  buildOverlay,
  dimming,
  sceneBounds,
  sceneIndex,
  sceneNodesOf,
  skipMask,
  type BaseInput,
  type SceneLink,
  type SceneColours,
  type SceneNode,
} from '../lib/render/scene.ts';
import { isLinkShown } from '../lib/graph/filter.ts';
import type { AppState } from './app-state.svelte.ts';

export class CanvasScene {
  readonly #app: AppState;
  readonly #inDom: () => ReadonlySet<string>;
  readonly #colours: () => SceneColours;
  readonly #shapeFor: (key: string) => unknown;

  /**
   * `inDom`: the nodes the SVG draws; `colours`: the theme's link colours; `shapeFor`: a
   * drawable shape (a Path2D in the page) by key.
   */
  constructor(
    app: AppState,
    inDom: () => ReadonlySet<string>,
    colours: () => SceneColours,
    shapeFor: (key: string) => unknown,
  ) {
    this.#app = app;
    this.#inDom = inDom;
    this.#colours = colours;
    this.#shapeFor = shapeFor;
  }

  /** Draw order = label priority, as in the SVG node layer: hubs last, on top (`sceneNodesOf`). */
  // App fields are read once outside the loops: each read is a tracked signal read, thousands
  // of them per derivation at this size.
  nodes: SceneNode[] = $derived.by(() => sceneNodesOf(this.#app.dataset));

  at: Map<string, number> = $derived.by(() => sceneIndex(this.nodes));

  /** A link's stroke weight in the co-signature graph; none (1) in the ordinary one. */
  #weight = $derived.by(() => {
    const co = this.#app.coSigned;
    return co ? (l: SceneLink) => strokeWeight(co.weight.get(l.id) ?? 1) : undefined;
  });

  /** What the base and the overlay are both built from, with `links` (all, or none). */
  #input(links: readonly SceneLink[]): BaseInput {
    const { visible, asOfLinks, positions, hideFiltered } = this.#app;
    return {
      nodes: this.nodes,
      links,
      positions,
      visible,
      hideFiltered,
      linkShown: (l: SceneLink) => isLinkShown(l, visible, asOfLinks),
      colours: this.#colours(),
      weight: this.#weight,
      // Nothing filtered, no date, no weights: the base a published file's picture built.
      allShown: asOfLinks === null && !this.#weight && visible.size === this.nodes.length,
    };
  }

  /** The base: what the filters, the date and the layout show. Not the pointer. */
  base = $derived.by(() =>
    buildBase(this.#input(this.#app.dataset.links as readonly SceneLink[]), this.#shapeFor),
  );

  /** The nodes the SVG draws, masked out of the base (no rebuild when the selection changes). */
  skip: Uint8Array = $derived.by(() => skipMask(this.at, this.nodes.length, this.#inDom()));

  /** The focus node's links and its lit neighbours, drawn over the dimmed base. */
  overlay = $derived.by(() => {
    const { index } = this.#app;
    return buildOverlay(
      {
        ...this.#input([]),
        at: this.at,
        linksOf: (id) => index.linksOf.get(id) ?? [],
        inDom: this.#inDom(),
        lit: this.#app.neighbourhood,
        focusId: this.#app.focusId,
        hits: this.#app.graphHits,
      },
      this.#shapeFor,
    );
  });

  /** Which base canvases are dimmed (by their opacity: no redraw). */
  dim = $derived.by(() => dimming(this.#app.neighbourhood, this.#app.graphHits));

  /** The drawn extent of every actor, in layout units. */
  bounds = $derived.by(() => sceneBounds(this.nodes, this.#app.positions));
}
