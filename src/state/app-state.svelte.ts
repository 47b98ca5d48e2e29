/**
 * The explorer's state: what is selected, searched, filtered and open, with everything the
 * views show derived from it by the pure functions in src/lib. Components read fields and call
 * methods; none of them keeps a copy.
 *
 * The dataset and positions are `$state.raw`: big, replaced whole, never mutated in place.
 */
import { indexGraph, type GraphIndex } from '../lib/graph/graph-index.ts';
import {
  facetCounts,
  contextPhrase,
  isFiltering,
  matchIds,
  NO_FILTERS,
  PRESETS,
  visibleIds,
  type Filters,
} from '../lib/graph/filter.ts';
import { byFacet, FACETS, vocabularies, type FacetKey } from '../lib/graph/facets.ts';
import { coSignature } from '../lib/compare/cosign.ts';
import type { Point, Positions } from '../lib/graph/positions.ts';
import { loadSearch, type SearchModule } from '../lib/search/lazy.ts';
import type { SearchHit } from '../lib/search/search.ts';
import { visibleAsOf, type AsOf } from '../lib/timeline/timeline.ts';
import { restrictToDate, timedSummary } from '../lib/timeline/view.ts';
import { DEFAULT_VIEW, type ViewState } from '../lib/url/state.ts';
import type { Dataset, GraphLink, GraphNode } from '../lib/types.ts';
import { nodeSummary } from '../lib/graph/describe.ts';
import { plural } from '../lib/text/plural.ts';
import { hidePeople as hidePeopleView, mapDocRef } from '../lib/redact/hide-people.ts';
import { redact as redactText } from '../lib/redact/anonymise.ts';
import { GraphDisplay } from './display.svelte.ts';
import { ViewUrl } from './view-url.svelte.ts';
import { DEFAULT_SORT, type ListSort } from '../lib/url/sort.ts';

export type Selection = ViewState['selection'];
export type DocRef = NonNullable<ViewState['doc']>;

/** What the graph can do when asked from outside it (search, panel): set by Graph on mount. */
export interface Viewport {
  fit(): void;
  zoomTo(id: string): void;
  /** Frame these nodes (a story step's highlight or selection), eased unless reduced motion. */
  zoomToIds(ids: readonly string[]): void;
  /** The layout changed under the view (a large graph settled): refit unless the reader moved it. */
  settle?(): void;
}

const NO_HITS: SearchHit[] = [];
const NO_HIT_IDS: ReadonlySet<string> = new Set();

/** Most search results listed under the box. */
export const SEARCH_LIMIT = 12;

export class AppState {
  /** The dataset as loaded. */
  source: Dataset = $state.raw() as unknown as Dataset;
  /** People shown as "Person N" (`anon=1`): then `dataset` is the redacted copy (same ids). */
  hidePeople = $state(false);
  /** Presenter view (`present=1`); PresenterView handles full screen, type and the cursor. */
  present = $state(false);
  /** The co-signature graph's threshold (`cosign=2`), or null for the ordinary graph. */
  cosign: number | null = $state(null);
  /** The ordinary graph: `source`, or its copy with people hidden (the letters are here). */
  base: Dataset = $derived(this.hidePeople ? hidePeopleView(this.source).dataset : this.source);
  /** The co-signature graph of `#named` when it is on (null off, or when it cannot be drawn). */
  coSigned = $derived.by(() => {
    const drawn = this.cosign === null ? null : coSignature(this.base, this.cosign);
    return drawn?.ok ? drawn : null;
  });
  /** What every view reads: `source`, with people hidden if they are, as a co-signature graph if it is one. */
  dataset: Dataset = $derived(this.coSigned?.dataset ?? this.base);
  index: GraphIndex = $derived(indexGraph(this.dataset));
  /** Node id → layout position; replaced (not mutated) while a node is dragged. */
  positions: Positions = $state.raw(new Map<string, Point>());

  query = $state('');
  filters: Filters = $state.raw(NO_FILTERS);
  hideFiltered = $state(false);
  selection: Selection = $state.raw(null);
  hovered: string | null = $state(null);
  doc: DocRef | null = $state.raw(null);
  view: ViewState['view'] = $state('graph');
  /** The timeline date, or null for all dates; `visible` keeps only what had happened by then. */
  asOf: string | null = $state(null);
  /** The list view's sort (`sort=` in the URL). */
  sort: ListSort = $state.raw(DEFAULT_SORT);
  /** The story step on screen (its id, as in `?story=`), or null outside story mode. */
  story: string | null = $state(null);
  /** Whose story is on screen: a speaker's draft id, or null for the built-in one. */
  talk: string | null = $state(null);
  /** Nodes a story step draws out; empty outside story mode. */
  highlight: Set<string> = $state.raw(new Set());
  notices: string[] = $state([]);
  #announcement = $state('');
  /**
   * Text for the polite live region: the last selection, filter change or story step, in
   * words. Redacted when read, whoever wrote it: a story caption names people, and a screen
   * reader must not say what the screen hides.
   */
  get announcement(): string {
    return this.redact(this.#announcement);
  }
  set announcement(text: string) {
    this.#announcement = text;
  }
  viewport: Viewport | null = null;
  /** The graph's display rules (hubs, label order, faded actors, shown links), derived once. */
  readonly display: GraphDisplay = new GraphDisplay(this);
  /** The view in the address bar: written as it changes, read on Back and Forward. */
  readonly url: ViewUrl = new ViewUrl(this);

  /** The search code once loaded (`prepareSearch`); until then no query has hits. */
  #searchCode: SearchModule | null = $state.raw(null);
  search = $derived(this.#searchCode?.createSearch(this.dataset) ?? null);
  /** What the timeline shows as of `asOf`, or null for all dates. */
  asOfView: AsOf | null = $derived(
    this.asOf === null ? null : visibleAsOf(this.dataset, this.asOf),
  );
  /** Links present as of `asOf` (null: all); a link is drawn when it is here and its ends are visible. */
  asOfLinks: Set<string> | null = $derived(this.asOfView?.links ?? null);
  /** Undated nodes, marked while a date is set ("undated: always shown"); null otherwise. */
  undated: Set<string> | null = $derived(this.asOfView?.undated ?? null);
  /** visible = filters ∩ asOf. */
  visible: Set<string> = $derived(
    restrictToDate(
      visibleIds(this.dataset, this.index, this.filters),
      this.asOfView?.nodes ?? null,
    ),
  );
  /**
   * The visible nodes that match the filters (the rest of `visible` is context: letters,
   * governments, people linked to a match). Every count a person reads comes from this.
   */
  matches: Set<string> = $derived(
    restrictToDate(matchIds(this.dataset, this.index, this.filters), this.asOfView?.nodes ?? null),
  );
  /** Visible for context only, in dataset order. */
  context: Set<string> = $derived(new Set([...this.visible].filter((id) => !this.matches.has(id))));
  filtering = $derived(isFiltering(this.filters));
  counts = $derived(
    facetCounts(this.dataset, this.index, this.filters, this.asOfView?.nodes ?? null),
  );
  /** "Showing 21 of 243 nodes · group: international": the matches only (file names use it). */
  summary = $derived(timedSummary(this.dataset, this.matches, this.filters, this.asOf));
  /** The summary and the context said apart: "… · with 15 linked actors for context". */
  fullSummary = $derived(
    [this.summary, contextPhrase(this.context.size)].filter((s) => s !== '').join(' · '),
  );
  hits: SearchHit[] = $derived(
    this.query.trim() === '' || this.search === null
      ? NO_HITS
      : this.search(this.query, SEARCH_LIMIT),
  );
  // The same empty set each time: a new one would make every node recheck its highlight.
  hitIds: ReadonlySet<string> = $derived(
    this.hits.length === 0 ? NO_HIT_IDS : new Set(this.hits.map((h) => h.id)),
  );
  selectedNode: GraphNode | null = $derived(
    this.selection?.type === 'node' ? (this.index.byId.get(this.selection.id) ?? null) : null,
  );
  selectedLink: GraphLink | null = $derived(
    this.selection?.type === 'link' ? (this.index.linkById.get(this.selection.id) ?? null) : null,
  );
  /** The node whose neighbourhood is lit: the hovered one, else the selected one. */
  focusId: string | null = $derived(this.hovered ?? this.selectedNode?.id ?? null);
  /** The focus node and its neighbours (for a selected link: its two ends), or null. */
  neighbourhood: Set<string> | null = $derived.by(() => {
    if (this.focusId !== null) {
      return new Set([this.focusId, ...(this.index.neighbours.get(this.focusId) ?? [])]);
    }
    const link = this.selectedLink;
    return link ? new Set([link.source, link.target]) : null;
  });

  /** `positions`: the settled layout for this dataset (prebuilt or computed: `layoutFor`). */
  constructor(
    dataset: Dataset,
    positions: Positions,
    initial: ViewState = DEFAULT_VIEW,
    notices: string[] = [],
  ) {
    this.source = dataset;
    this.positions = positions;
    if (typeof performance !== 'undefined') performance.mark('graph:settled');
    this.notices = notices;
    this.apply(initial);
  }

  /**
   * Load the search code (once). The index is built by whatever reads `search` next; App keeps
   * an effect on it, so it is built once, right after this, and kept.
   */
  async prepareSearch(): Promise<void> {
    this.#searchCode ??= await loadSearch();
  }

  /** The current view as the URL stores it. */
  get viewState(): ViewState {
    return {
      selection: this.selection,
      query: this.query,
      filters: this.filters,
      hideFiltered: this.hideFiltered,
      doc: this.doc,
      view: this.view,
      sort: this.sort,
      asOf: this.asOf,
      story: this.story,
      talk: this.talk,
      hidePeople: this.hidePeople,
      present: this.present,
      cosign: this.cosign,
    };
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

  /** A text from outside the dataset (a story caption) with people hidden when they are. */
  redact(text: string): string {
    if (!this.hidePeople) return text;
    return redactText(text, this.source, hidePeopleView(this.source).aliases);
  }

  dismissNotice(i: number): void {
    this.notices = this.notices.filter((_, j) => j !== i);
  }
}
