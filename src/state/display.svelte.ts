/**
 * The graph's display rules, derived once from the app state for every layer that draws (and
 * the export that pictures it): which actors are hubs and in what order they claim a label,
 * which links are shown or drawn, which actors are drawn faded. Layers read these; none of
 * them spells a rule out again.
 */
import { isLinkShown } from '../lib/graph/filter.ts';
import { byPriorityOf, hubsOf } from '../lib/graph/ranking.ts';
import type { GraphLink, GraphNode } from '../lib/types.ts';
import type { AppState } from './app-state.svelte.ts';

export class GraphDisplay {
  readonly #app: AppState;
  constructor(app: AppState) {
    this.#app = app;
  }

  /**
   * The actors by label priority, highest first (hubs, then by degree, kinds breaking ties;
   * dataset order among equals): the order labels are placed and the keyboard walks. The node
   * layer draws it back to front, so hubs sit on top.
   */
  byPriority: readonly GraphNode[] = $derived.by(() => byPriorityOf(this.#app.dataset));

  /** Ids of the hubs, named at every zoom (see `isHub`). */
  hubs: ReadonlySet<string> = $derived.by(() => hubsOf(this.#app.dataset));

  /** Actors drawn faded: what the filters or the date leave out, unless that is hidden. */
  faded: Set<string> = $derived.by(() => {
    const { hideFiltered, dataset, visible } = this.#app;
    if (hideFiltered) return new Set<string>();
    return new Set(dataset.nodes.filter((n) => !visible.has(n.id)).map((n) => n.id));
  });

  /** A link is shown when both its ends are visible and it was made by the timeline's date. */
  linkShown = (l: Pick<GraphLink, 'id' | 'source' | 'target'>): boolean =>
    isLinkShown(l, this.#app.visible, this.#app.asOfLinks);

  /** A link is drawn (and can be clicked) when shown, or faded because nothing is hidden. */
  linkDrawn = (l: Pick<GraphLink, 'id' | 'source' | 'target'>): boolean =>
    this.linkShown(l) || !this.#app.hideFiltered;
}
