/**
 * The explorer's state: its view (the fields and what derives from them, app-view.svelte.ts)
 * and the actions that change it, each saying what it did for the live region. Components read
 * fields and call methods; none of them keeps a copy.
 */
import { NO_FILTERS, PRESETS, type Filters } from '../lib/graph/filter.ts';
import { byFacet, FACETS, vocabularies, type FacetKey } from '../lib/graph/facets.ts';
import { coSignature } from '../lib/compare/cosign.ts';
import type { Positions } from '../lib/graph/positions.ts';
import { DEFAULT_VIEW, type ViewState } from '../lib/url/state.ts';
import type { Dataset } from '../lib/types.ts';
import { nodeSummary } from '../lib/graph/describe.ts';
import { plural } from '../lib/text/plural.ts';
import { hidePeople as hidePeopleView, mapDocRef } from '../lib/redact/hide-people.ts';
import { AppView, type DocRef } from './app-view.svelte.ts';
import { GraphDisplay } from './display.svelte.ts';
import { ViewUrl } from './view-url.svelte.ts';
import { DEFAULT_SORT } from '../lib/url/sort.ts';
import { afterPaint } from '../lib/schedule/after-paint.ts';

export type { DocRef, Selection } from './app-view.svelte.ts';

/** What the graph can do when asked from outside it (search, panel): set by Graph on mount. */
export interface Viewport {
  fit(): void;
  zoomTo(id: string): void;
  /** Frame these nodes (a story step's highlight or selection), eased unless reduced motion. */
  zoomToIds(ids: readonly string[]): void;
  /** The layout changed under the view (a large graph settled): refit unless the reader moved it. */
  settle?(): void;
}

export class AppState extends AppView {
  viewport: Viewport | null = null;
  /**
   * Settles once the graph is on screen (Graph marks `graph:live`). A large graph's labels and
   * the side column's parts wait for it, so the Canvas's first frame is not held behind them.
   */
  readonly shown: Promise<void>;
  /** Called by Graph after the graph's first frame. */
  readonly graphShown: () => void;
  /** The graph's display rules (hubs, label order, faded actors, shown links), derived once. */
  readonly display: GraphDisplay = new GraphDisplay(this);
  /** The view in the address bar: written as it changes, read on Back and Forward. */
  readonly url: ViewUrl = new ViewUrl(this);
  /**
   * The search hits as the graph marks them (their halos; the hits a large graph's Canvas hands
   * to the SVG): `hitIds` once the keystroke's frame is painted. That frame shows the results
   * list; the graph follows a frame later, as the hits' names do (label-layout.svelte.ts). At
   * 5,000 actors the graph's part was 2–3 ms of a keystroke's 16 (issue 10).
   */
  graphHits: ReadonlySet<string> = $state.raw(new Set());

  /** `positions`: the settled layout for this dataset (prebuilt or computed: `layoutFor`). */
  constructor(
    dataset: Dataset,
    positions: Positions,
    initial: ViewState = DEFAULT_VIEW,
    notices: string[] = [],
  ) {
    super();
    let shown!: () => void;
    this.shown = new Promise((resolve) => (shown = resolve));
    this.graphShown = shown;
    this.source = dataset;
    this.positions = positions;
    if (typeof performance !== 'undefined') performance.mark('graph:settled');
    this.notices = notices;
    this.apply(initial);
    this.graphHits = this.hitIds;
    $effect(() => {
      const ids = this.hitIds;
      return afterPaint(() => (this.graphHits = ids));
    });
  }

  /** Replace the whole view (from the URL on load or on back/forward). */
  apply(s: ViewState): void {
    this.selection = s.selection;
    this.query = s.query;
    this.filters = s.filters;
    this.hideFiltered = s.hideFiltered;
    this.doc = s.doc;
    this.view = s.view;
    this.sort = s.sort ?? DEFAULT_SORT;
    this.asOf = s.asOf;
    this.story = s.story;
    this.talk = s.talk;
    this.hidePeople = s.hidePeople;
    this.present = s.present;
    this.#drawCoSign(s.cosign);
  }

  /** The ordinary graph's positions while the co-signature graph is drawn. */
  #ordinaryPositions: Positions | null = null;
  /**
   * Set `cosign`, with positions for every actor the new graph draws in the same turn (the
   * node layer reads positions once per dataset): back to the ordinary graph, its positions as
   * they were; to another threshold, the ordinary ones for actors it adds. CoSignLayout then
   * lays the co-signature graph out.
   */
  #drawCoSign(k: number | null): void {
    if (k === this.cosign) return;
    if (this.cosign === null) this.#ordinaryPositions = this.positions;
    else if (k === null) {
      this.positions = this.#ordinaryPositions ?? this.positions;
      this.#ordinaryPositions = null;
    } else this.positions = new Map([...(this.#ordinaryPositions ?? []), ...this.positions]);
    this.cosign = k;
  }

  selectNode(id: string): void {
    const node = this.index.byId.get(id);
    if (!node) return;
    this.selection = { type: 'node', id };
    this.doc = null;
    this.announcement = `Selected ${nodeSummary(node, this.index.degree.get(id) ?? 0)}.`;
  }

  selectLink(id: string): void {
    const link = this.index.linkById.get(id);
    if (!link) return;
    this.selection = { type: 'link', id };
    this.doc = null;
    const name = (nid: string) => this.index.byId.get(nid)?.name ?? nid;
    this.announcement = `Selected link: ${name(link.source)} ${link.relation.replace('_', ' ')} ${name(link.target)}, ${plural(link.citations.length, 'source sentence')}.`;
  }

  clearSelection(): void {
    if (this.selection === null && this.doc === null) return;
    this.selection = null;
    this.doc = null;
    this.announcement = 'Selection cleared.';
  }

  openDoc(doc: DocRef): void {
    this.doc = doc;
    const title = this.dataset.documents.find((d) => d.id === doc.id)?.title ?? doc.id;
    this.announcement = `Opened document: ${title}.`;
  }

  closeDoc(): void {
    this.doc = null;
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.announcement = `${this.fullSummary}.`;
  }

  /** Tick or untick one value of one facet. */
  toggleFacet(facet: FacetKey, value: string): void {
    const list = this.filters[facet];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.setFilters({ ...this.filters, [facet]: next });
  }

  /**
   * "Only diaspora groups" and the like: the whole group at once. A selection would keep
   * lighting its own neighbourhood and fading the rest, so the preset seemed to do nothing;
   * it is cleared (the panel closes, and the announcement says what is shown).
   */
  applyPreset(name: keyof typeof PRESETS): void {
    this.selection = null;
    this.doc = null;
    this.setFilters(PRESETS[name]);
  }

  resetFilters(): void {
    this.setFilters(NO_FILTERS);
  }

  /**
   * Switch to the co-signature graph (actors linked by `min` letters or more signed together),
   * or back with null. What the other graph does not have is let go, with a notice: a selected
   * letter, a Letters filter (the co-signature graph draws no letters). Its positions follow
   * (CoSignLayout).
   */
  setCoSign(min: number | null): void {
    if (min === this.cosign) return;
    const drawn = min === null ? null : coSignature(this.base, min);
    if (drawn && !drawn.ok) {
      this.notices = [...this.notices, `No co-signature graph: ${drawn.reason}.`];
      return;
    }
    const next = drawn?.dataset ?? this.base;
    const vocab = vocabularies(next);
    const kept = byFacet((f) => this.filters[f.key].filter((v) => vocab[f.key].has(v)));
    const dropped = FACETS.filter((f) => kept[f.key].length < this.filters[f.key].length);
    if (dropped.length > 0) {
      this.notices = [
        ...this.notices,
        `The ${dropped.map((f) => f.title.toLowerCase()).join(' and ')} filter does not apply to this graph; it was cleared.`,
      ];
      this.filters = kept;
    }
    const sel = this.selection;
    if (sel && !(sel.type === 'node' ? next.nodes : next.links).some((x) => x.id === sel.id)) {
      this.selection = null;
    }
    this.#drawCoSign(min);
    this.announcement =
      min === null
        ? `The ordinary graph: ${this.fullSummary}.`
        : `Co-signature graph, actors who signed ${plural(min, 'letter')} or more together: ${this.fullSummary}.`;
  }

  /** Show the coalition as of a date (partial ISO), or at all dates with null. */
  setAsOf(asOf: string | null): void {
    this.asOf = asOf;
    this.announcement = `${this.fullSummary}.`;
  }

  /** Hide or show people's names; an open passage moves to its place in the other text. */
  setHidePeople(on: boolean): void {
    if (on === this.hidePeople) return;
    if (this.doc) this.doc = mapDocRef(hidePeopleView(this.source), this.doc, on ? 'hide' : 'show');
    this.hidePeople = on;
    this.announcement = on ? 'People are shown as Person 1, Person 2…' : "People's names shown.";
  }

  /** Open a passage given in `source` offsets (a story's citation), wherever people are hidden. */
  openSourceDoc(doc: DocRef): void {
    this.openDoc(this.hidePeople ? mapDocRef(hidePeopleView(this.source), doc, 'hide') : doc);
  }

  dismissNotice(i: number): void {
    this.notices = this.notices.filter((_, j) => j !== i);
  }
}
