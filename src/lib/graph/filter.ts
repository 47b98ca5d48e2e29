/**
 * Which nodes a set of filters shows, and how many each filter value would leave. The facets
 * themselves are the rows of `FACETS` (facets.ts); this is the rule that combines them.
 *
 * The rule: values within a facet OR, facets AND.
 * - A facet with a `test` (`kinds`; `coalitions`, which keeps each selected coalition node and
 *   its members) applies to every node.
 * - A facet with an `attribute` (`groups`, `regions`, `countries`): a node that carries the
 *   attribute (non-null `group`, `region`, `country`) must have a selected value. A node that
 *   lacks an active facet's attribute (coalitions, reports, governments, UN bodies, people
 *   without a group, an organisation of unknown country) is *context*: it stays visible only
 *   while linked to a visible node that passes every active attribute facet. So "only
 *   diaspora" shows the diaspora groups and the letters they signed, not twenty unrelated
 *   governments.
 * Filters never move the layout: the UI fades or hides by these ids.
 */
import type { Dataset, GraphNode } from '../types.ts';
import { matchCounts } from './facet-counts.ts';
import {
  ATTRIBUTE_FACETS,
  emptyFilters,
  FACETS,
  ruleTest,
  type FacetKey,
  type Filters,
} from './facets.ts';
import type { GraphIndex } from './graph-index.ts';
import { plural } from '../text/plural.ts';

export type { Filters } from './facets.ts';

/** Nothing filtered: every node visible. */
export const NO_FILTERS: Filters = Object.freeze(emptyFilters());

/** One step from the default view: "only diaspora groups", "only international NGOs". */
export const PRESETS: Record<'diaspora' | 'international', Filters> = {
  diaspora: { ...NO_FILTERS, groups: ['diaspora'] },
  international: { ...NO_FILTERS, groups: ['international'] },
};

/** True when any facet has a selection. */
export function isFiltering(f: Filters): boolean {
  return FACETS.some((facet) => f[facet.key].length > 0);
}

/** True when `f` selects exactly what `g` selects, value for value in order. */
export function sameFilters(f: Filters, g: Filters): boolean {
  return FACETS.every(
    ({ key }) => f[key].length === g[key].length && f[key].every((v, i) => v === g[key][i]),
  );
}

/**
 * A link is shown when both its ends are (`visible`) and it was made by the timeline's date
 * (`asOfLinks`, null when no date is set).
 */
export function isLinkShown(
  l: { id: string; source: string; target: string },
  visible: ReadonlySet<string>,
  asOfLinks: ReadonlySet<string> | null,
): boolean {
  return visible.has(l.source) && visible.has(l.target) && (asOfLinks?.has(l.id) ?? true);
}

/** Ids of the nodes these filters show; see the module comment for the rule. */
export function visibleIds(ds: Dataset, index: GraphIndex, f: Filters): Set<string> {
  return split(ds, index, f).visible;
}

/**
 * Ids of the nodes that *match* the filters, in dataset order: the shown nodes less the
 * context ones. Every count a person reads is this one ("21 international NGOs"), never the
 * shown total, which would count the letters and governments drawn beside them.
 */
export function matchIds(ds: Dataset, index: GraphIndex, f: Filters): Set<string> {
  return split(ds, index, f).matches;
}

/**
 * The shown nodes and the matches, both in dataset order, from one pass: the app asks for both
 * on every filter change (a pass over 20,000 actors each), with the same filters object, so
 * the last answer per filters object is kept. Callers never change the sets they are given.
 */
const SPLITS = new WeakMap<
  Filters,
  { ds: Dataset; index: GraphIndex; visible: Set<string>; matches: Set<string> }
>();

function split(
  ds: Dataset,
  index: GraphIndex,
  f: Filters,
): { visible: Set<string>; matches: Set<string> } {
  const known = SPLITS.get(f);
  if (known && known.ds === ds && known.index === index) return known;
  if (!isFiltering(f)) {
    // Nothing selected: every actor matches, and one set stands for both (a large graph opens
    // this way, and a filter cleared ends this way: three passes fewer over 20,000 actors).
    const all = new Set(ds.nodes.map((n) => n.id));
    const made = { ds, index, visible: all, matches: all };
    SPLITS.set(f, made);
    return made;
  }
  const { core, visible: shown } = visibleUnordered(ds, index, f);
  // Keep dataset order, so callers iterating the sets get a stable order.
  const visible = new Set<string>();
  const matches = new Set<string>();
  for (const n of ds.nodes) {
    if (shown.has(n.id)) visible.add(n.id);
    if (core.has(n.id)) matches.add(n.id);
  }
  const made = { ds, index, visible, matches };
  SPLITS.set(f, made);
  return made;
}

/**
 * The matches (`core`) and the shown nodes (`visible`: the matches and their context), in no
 * particular order.
 */
function visibleUnordered(
  ds: Dataset,
  index: GraphIndex,
  f: Filters,
): { core: Set<string>; visible: Set<string> } {
  const active = ATTRIBUTE_FACETS.filter(({ key }) => f[key].length > 0);
  const tests = FACETS.flatMap((facet) =>
    !('attribute' in facet.rule) && f[facet.key].length > 0
      ? [ruleTest(facet.rule, index, f[facet.key])]
      : [],
  );
  const passes = (n: GraphNode) => tests.every((t) => t(n));
  const core = new Set<string>();
  const context: GraphNode[] = [];
  for (const n of ds.nodes) {
    if (!passes(n)) continue;
    let carriesAll = true;
    let fails = false;
    for (const { key, attribute } of active) {
      const value = n[attribute.field];
      if (value === null) carriesAll = false;
      else if (!f[key].includes(value)) fails = true;
    }
    if (fails) continue;
    if (carriesAll) core.add(n.id);
    else context.push(n);
  }
  const visible = new Set(core);
  for (const n of context) {
    for (const other of index.neighbours.get(n.id) ?? []) {
      if (core.has(other)) {
        visible.add(n.id);
        break;
      }
    }
  }
  return { core, visible };
}

/**
 * The shown nodes that are there as context (see the module comment: they lack an active
 * facet's attribute, and stay for a linked node that passes), in dataset order. "Only
 * diaspora groups" shows 71 nodes of which 7 are the letters and people they are linked to: a
 * reader should be told, or 71 reads as 71 diaspora groups.
 */
export function contextNodes(ds: Dataset, visible: ReadonlySet<string>, f: Filters): GraphNode[] {
  const active = ATTRIBUTE_FACETS.filter(({ key }) => f[key].length > 0);
  if (active.length === 0) return [];
  return ds.nodes.filter(
    (n) => visible.has(n.id) && active.some(({ attribute }) => n[attribute.field] === null),
  );
}

/**
 * What the context nodes lack, for "linked actors with no group or country of their own":
 * the active attribute facets' nouns, once each, joined with "or".
 */
export function contextNoun(f: Filters): string {
  const nouns = ATTRIBUTE_FACETS.filter(({ key }) => f[key].length > 0).map(
    ({ attribute }) => attribute.noun,
  );
  return [...new Set(nouns)].join(' or ');
}

/** Per facet value: how many nodes would match; value → count, in the facet's order. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * For each value of each facet: how many nodes would *match* with that value *alone*
 * selected in its facet (the facet's current selection replaced by it), the other facets as
 * they are. So a ticked value and an unticked one are read the same way: "this value leaves N".
 * Context nodes are not counted: "International NGO 21", not the 36 drawn with their letters.
 * Values: each facet's `values` in this dataset (facets.ts). A facet with `countNone` also
 * counts, as `none`, the currently visible nodes without its attribute (not selectable).
 * `within` (the nodes present as of the timeline's date) limits every count to those nodes.
 * `shown`: `visibleIds` of `f` when the caller has it already (intersected with `within` or not).
 */
export function facetCounts(
  ds: Dataset,
  index: GraphIndex,
  f: Filters,
  within: ReadonlySet<string> | null = null,
  shown: ReadonlySet<string> = visibleIds(ds, index, f),
): FacetCounts {
  const counts = matchCounts(ds, index, f, within);
  for (const facet of FACETS) {
    if (!facet.countNone || !('attribute' in facet.rule)) continue;
    const field = facet.rule.attribute.field;
    const none = ds.nodes.filter(
      (n) => n[field] === null && shown.has(n.id) && (within?.has(n.id) ?? true),
    );
    counts[facet.key].set('none', none.length);
  }
  return counts;
}

/** What each active facet selects, in words: `["group: diaspora", "country: China, Japan"]`. */
export function facetPhrases(ds: Dataset, f: Filters): string[] {
  return FACETS.filter(({ key }) => f[key].length > 0).map((facet) => {
    const words = f[facet.key].map((v) => (facet.short ? facet.short(v, ds) : v));
    return `${facet.param}: ${words.join(', ')}`;
  });
}

/**
 * "Showing 64 of 247 nodes · group: diaspora" or "Showing all 247 nodes": `matches` are the
 * nodes that match (matchIds), so the number is the one a speaker may quote; the context
 * drawn beside them is said apart (contextPhrase).
 */
export function summary(ds: Dataset, matches: ReadonlySet<string>, f: Filters): string {
  const total = ds.nodes.length;
  if (!isFiltering(f)) return `Showing all ${plural(total, 'node')}`;
  return [`Showing ${matches.size} of ${plural(total, 'node')}`, ...facetPhrases(ds, f)].join(
    ' · ',
  );
}

/** "with 15 linked actors for context", "with 1 linked actor for context", or '' for none. */
export function contextPhrase(count: number): string {
  if (count === 0) return '';
  return `with ${count} linked ${count === 1 ? 'actor' : 'actors'} for context`;
}
