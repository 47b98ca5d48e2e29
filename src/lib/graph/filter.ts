/**
 * Which nodes a set of filters shows, and how many each filter value would leave.
 *
 * The rule: values within a facet OR, facets AND.
 * - `kinds` applies to every node.
 * - `groups`, `regions`, `countries` are attribute facets. A node that carries the attribute
 *   (non-null `group`, `region`, `country`) must have a selected value. A node that lacks an
 *   active facet's attribute (coalitions, reports, governments, UN bodies, people without a
 *   group, an organisation of unknown country) is *context*: it stays visible only while linked
 *   to a visible node that passes every active attribute facet. So "only diaspora" shows the
 *   diaspora groups and the letters they signed, not twenty unrelated governments.
 * - `coalitions` keeps each selected coalition node and its members (linked by any relation).
 * Filters never move the layout: the UI fades or hides by these ids.
 */
import {
  GROUPS,
  NODE_KINDS,
  type Dataset,
  type Group,
  type GraphNode,
  type NodeKind,
} from '../types.ts';
import { countryName } from './countries.ts';
import type { GraphIndex } from './graph-index.ts';

/** The user's filter selection; an empty array means "no filter on this facet". */
export interface Filters {
  groups: Group[];
  regions: string[];
  countries: string[];
  kinds: NodeKind[];
  coalitions: string[];
}

/** Nothing filtered: every node visible. */
export const NO_FILTERS: Filters = Object.freeze({
  groups: [],
  regions: [],
  countries: [],
  kinds: [],
  coalitions: [],
}) as Filters;

/** One step from the default view: "only diaspora groups", "only international NGOs". */
export const PRESETS: Record<'diaspora' | 'international', Filters> = {
  diaspora: { ...NO_FILTERS, groups: ['diaspora'] },
  international: { ...NO_FILTERS, groups: ['international'] },
};

/** True when any facet has a selection. */
export function isFiltering(f: Filters): boolean {
  return (['groups', 'regions', 'countries', 'kinds', 'coalitions'] as const).some(
    (k) => f[k].length > 0,
  );
}

/** The attribute facets: filter key and the node field it reads. */
const ATTRIBUTES = [
  ['groups', 'group'],
  ['regions', 'region'],
  ['countries', 'country'],
] as const;

/** Ids of the nodes these filters show; see the module comment for the rule. */
export function visibleIds(ds: Dataset, index: GraphIndex, f: Filters): Set<string> {
  const visible = visibleUnordered(ds, index, f);
  // Keep dataset order, so callers iterating the set get a stable order.
  return new Set(ds.nodes.filter((n) => visible.has(n.id)).map((n) => n.id));
}

/**
 * Ids of the nodes that *match* the filters, in dataset order: the shown nodes less the
 * context ones. Every count a person reads is this one ("21 international NGOs"), never the
 * shown total, which would count the letters and governments drawn beside them.
 */
export function matchIds(ds: Dataset, index: GraphIndex, f: Filters): Set<string> {
  const matches = visibleUnordered(ds, index, f, false);
  return new Set(ds.nodes.filter((n) => matches.has(n.id)).map((n) => n.id));
}

/**
 * `visibleIds` in no particular order: what the facet counts need, ~100 times a change. With
 * `withContext` false, only the matches (the context nodes left out).
 */
function visibleUnordered(
  ds: Dataset,
  index: GraphIndex,
  f: Filters,
  withContext = true,
): Set<string> {
  const active = ATTRIBUTES.filter(([key]) => f[key].length > 0);
  let allowed: Set<string> | null = null;
  if (f.coalitions.length > 0) {
    allowed = new Set();
    for (const id of f.coalitions) {
      if (!index.byId.has(id)) continue;
      allowed.add(id);
      for (const m of index.members.get(id) ?? []) allowed.add(m);
    }
  }
  const passes = (n: GraphNode) =>
    (f.kinds.length === 0 || f.kinds.includes(n.kind)) && (allowed === null || allowed.has(n.id));
  const core = new Set<string>();
  const context: GraphNode[] = [];
  for (const n of ds.nodes) {
    if (!passes(n)) continue;
    let carriesAll = true;
    let fails = false;
    for (const [key, field] of active) {
      const value = n[field];
      if (value === null) carriesAll = false;
      else if (!(f[key] as readonly string[]).includes(value)) fails = true;
    }
    if (fails) continue;
    if (carriesAll) core.add(n.id);
    else context.push(n);
  }
  if (!withContext) return core;
  const visible = new Set(core);
  for (const n of context) {
    for (const other of index.neighbours.get(n.id) ?? []) {
      if (core.has(other)) {
        visible.add(n.id);
        break;
      }
    }
  }
  return visible;
}

/**
 * The shown nodes that are there as context (see the module comment: they lack an active
 * facet's attribute, and stay for a linked node that passes), in dataset order. "Only
 * diaspora groups" shows 71 nodes of which 7 are the letters and people they are linked to: a
 * reader should be told, or 71 reads as 71 diaspora groups.
 */
export function contextNodes(ds: Dataset, visible: ReadonlySet<string>, f: Filters): GraphNode[] {
  const active = ATTRIBUTES.filter(([key]) => f[key].length > 0);
  if (active.length === 0) return [];
  return ds.nodes.filter((n) => visible.has(n.id) && active.some(([, field]) => n[field] === null));
}

/** Per facet value: how many nodes would match. */
export interface FacetCounts {
  groups: Map<Group | 'none', number>;
  regions: Map<string, number>;
  countries: Map<string, number>;
  kinds: Map<NodeKind, number>;
  coalitions: Map<string, number>;
}

/**
 * For each value of each facet: how many nodes would *match* with that value *alone*
 * selected in its facet (the facet's current selection replaced by it), the other facets as
 * they are. So a ticked value and an unticked one are read the same way: "this value leaves N".
 * Context nodes are not counted: "International NGO 21", not the 36 drawn with their letters.
 * `groups.get('none')` cannot be selected; it counts the currently visible nodes with no group.
 * Values: all groups and kinds; the regions, countries (sorted) and coalitions in the dataset.
 * `within` (the nodes present as of the timeline's date) limits every count to those nodes.
 */
export function facetCounts(
  ds: Dataset,
  index: GraphIndex,
  f: Filters,
  within: ReadonlySet<string> | null = null,
): FacetCounts {
  const inside = (ids: Set<string>) => {
    if (within === null) return ids.size;
    let n = 0;
    for (const id of ids) if (within.has(id)) n++;
    return n;
  };
  const count = <K extends keyof Filters>(key: K, value: Filters[K][number]) =>
    inside(visibleUnordered(ds, index, { ...f, [key]: [value] }, false));
  const distinct = (field: 'region' | 'country') =>
    [...new Set(ds.nodes.map((n) => n[field]).filter((v): v is string => v !== null))].sort();
  const groups = new Map<Group | 'none', number>(GROUPS.map((g) => [g, count('groups', g)]));
  const shown = visibleIds(ds, index, f);
  groups.set(
    'none',
    ds.nodes.filter((n) => n.group === null && shown.has(n.id) && (within?.has(n.id) ?? true))
      .length,
  );
  return {
    groups,
    regions: new Map(distinct('region').map((r) => [r, count('regions', r)])),
    countries: new Map(distinct('country').map((c) => [c, count('countries', c)])),
    kinds: new Map(NODE_KINDS.map((k) => [k, count('kinds', k)])),
    coalitions: new Map(
      ds.nodes.filter((n) => n.kind === 'coalition').map((n) => [n.id, count('coalitions', n.id)]),
    ),
  };
}

/**
 * "Showing 64 of 243 nodes · group: diaspora" or "Showing all 243 nodes": `matches` are the
 * nodes that match (matchIds), so the number is the one a speaker may quote; the context
 * drawn beside them is said apart (contextPhrase).
 */
export function summary(ds: Dataset, matches: ReadonlySet<string>, f: Filters): string {
  const total = ds.nodes.length;
  const noun = total === 1 ? 'node' : 'nodes';
  if (!isFiltering(f)) return `Showing all ${total} ${noun}`;
  // A letter by its shortest name ("8 March 2022 open letter"): its title is a paragraph.
  const names = new Map(ds.nodes.map((n) => [n.id, shortest([n.name, ...n.aliases])]));
  const parts = [
    ['group', f.groups],
    ['region', f.regions],
    ['country', f.countries.map(countryName)],
    ['kind', f.kinds],
    ['coalition', f.coalitions.map((id) => names.get(id) ?? id)],
  ] as const;
  const facets = parts
    .filter(([, v]) => v.length > 0)
    .map(([label, v]) => `${label}: ${v.join(', ')}`);
  return [`Showing ${matches.size} of ${total} ${noun}`, ...facets].join(' · ');
}

/** "with 15 linked actors for context", "with 1 linked actor for context", or '' for none. */
export function contextPhrase(count: number): string {
  if (count === 0) return '';
  return `with ${count} linked ${count === 1 ? 'actor' : 'actors'} for context`;
}

/** `shortest(['Open letter to …', '8 March 2022 open letter'])` → the second. */
function shortest(names: string[]): string {
  return names.reduce((a, b) => (b.length < a.length ? b : a));
}
