/**
 * The explorer's view as data: what is selected, searched, filtered and open (the fields), and
 * everything the views show derived from it by the pure functions in src/lib. `AppState`
 * (app-state.svelte.ts) adds the actions that change it; components read these fields from an
 * AppState and keep no copy.
 *
 * The dataset and positions are `$state.raw`: big, replaced whole, never mutated in place.
 */
import { graphIndexOf, type GraphIndex } from '../lib/graph/graph-index.ts';
import {
  facetCounts,
  contextPhrase,
  isFiltering,
  matchIds,
  NO_FILTERS,
  visibleIds,
  type Filters,
} from '../lib/graph/filter.ts';
import { coSignature } from '../lib/compare/cosign.ts';
import type { Point, Positions } from '../lib/graph/positions.ts';
import { loadSearch, type SearchModule } from '../lib/search/lazy.ts';
import { SearchIndex } from './search-index.svelte.ts';
import type { SearchHit } from '../lib/search/search.ts';
import { visibleAsOf, type AsOf } from '../lib/timeline/timeline.ts';
import { restrictToDate, timedSummary } from '../lib/timeline/view.ts';
import type { ViewState } from '../lib/url/state.ts';
import { DEFAULT_SORT, type ListSort } from '../lib/url/sort.ts';
import type { Dataset, GraphLink, GraphNode } from '../lib/types.ts';
import { hidePeople as hidePeopleView } from '../lib/redact/hide-people.ts';
import { redact as redactText } from '../lib/redact/anonymise.ts';

export type Selection = ViewState['selection'];
export type DocRef = NonNullable<ViewState['doc']>;

const NO_HITS: SearchHit[] = [];
const NO_HIT_IDS: ReadonlySet<string> = new Set();

/** Most search results listed under the box. */
export const SEARCH_LIMIT = 12;

export class AppView {
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
  index: GraphIndex = $derived(graphIndexOf(this.dataset));
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

  /** The search code once loaded (`prepareSearch`); until then no query has hits. */
  #searchCode: SearchModule | null = $state.raw(null);
  /** Built between frames once the code is here; a new dataset (people hidden) builds anew. */
  #searchIndex = $derived(
    this.#searchCode ? new SearchIndex(this.#searchCode, this.dataset) : null,
  );
  search = $derived(this.#searchIndex?.search ?? null);
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
  /** Read a frame late by the filter column (Filters.svelte), which lists these inputs: keep them in step. */
  counts = $derived(
    facetCounts(this.dataset, this.index, this.filters, this.asOfView?.nodes ?? null, this.visible),
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

  /** A text from outside the dataset (a story caption) with people hidden when they are. */
  redact(text: string): string {
    if (!this.hidePeople) return text;
    return redactText(text, this.source, hidePeopleView(this.source).aliases);
  }
}
