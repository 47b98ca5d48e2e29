/**
 * The filter facets, one row each: everything the app knows about a facet (its key in
 * `Filters`, its URL parameter, the node field it reads, its panel heading, its vocabulary in a
 * dataset, how its values are worded) lives here, and the filter rule (filter.ts), the URL
 * (url/state.ts), the story's views (story/view.ts) and the filter column (Filters.svelte) are
 * derived from it. Adding a facet is one row here plus its test in tests/lib/graph/facets.test.ts.
 *
 * The table's order is the URL's and the summary's ("group: … · region: …"); `panelOrder` puts
 * the filter column's sections in theirs. One piece, a little over 250 lines: the point of the
 * table is that a facet is read in one place.
 */
import { GROUPS, NODE_KINDS, type Dataset, type GraphNode } from '../types.ts';
import { countryName } from './countries.ts';
import { GROUP_LABELS, KIND_LABELS } from './encoding.ts';
import type { GraphIndex } from './graph-index.ts';
import { lettersKept, lettersOf, pairValues, signersByLetter } from '../compare/letters.ts';

/** A facet a node carries as a field; a node without it (null) is context (see filter.ts). */
export interface Attribute {
  field: 'group' | 'region' | 'country';
  /** What a context node lacks, in "linked actors with no group or country of their own". */
  noun: string;
}

/** One facet. Functions get the dataset (or its index) the filters apply to. */
export interface FacetDef {
  /** Key in `Filters` (plural): `groups`. Story files use it too (`view.filters.groups`). */
  key: string;
  /** URL parameter and the summary's word (singular): `?group=diaspora`, "group: diaspora". */
  param: string;
  /** The filter column's heading. */
  title: string;
  /** Position in the filter column (0 first). */
  panelOrder: number;
  /** Open in the filter column on load. */
  open?: boolean;
  /**
   * How a node passes: an attribute facet compares a node field (nodes without it are
   * context); any other facet gives a test built once per filter change from its values, or
   * the ids that pass (the counts then visit those ids only, not every node per value).
   */
  rule:
    | { attribute: Attribute }
    | { test: (index: GraphIndex, values: readonly string[]) => (n: GraphNode) => boolean }
    | { ids: (index: GraphIndex, values: readonly string[]) => ReadonlySet<string> };
  /** Every value the facet can take in this dataset, in the order the panel lists them. */
  values: (ds: Dataset) => readonly string[];
  /**
   * Values a link, a story or another view may also name, which the panel does not list (it
   * shows them only while chosen): the comparison's parts, `both~A~B`.
   */
  unlisted?: (ds: Dataset) => Iterable<string>;
  /** Why a URL value outside `values` is dropped: `Ignored group "x": <refusal>.` */
  refusal: string;
  /** The panel's wording of a value: `diaspora` → "Diaspora organisation". Default: the value. */
  label?: (value: string, ds: Dataset) => string;
  /** The summary's wording of a value ("group: diaspora"). Default: the value. */
  short?: (value: string, ds: Dataset) => string;
  /** A URL value as the dataset spells it (`de` → `DE`). */
  normalise?: (value: string) => string;
  /** The panel lists values by their count, most first (else in `values` order). */
  byCount?: boolean;
  /** The counts also say how many shown nodes lack the attribute, as the value `none`. */
  countNone?: boolean;
}

/** A lookup table as a wording: the entry for a value, else the value itself. */
const wording =
  (table: Readonly<Record<string, string>>) =>
  (value: string): string =>
    table[value] ?? value;

/** The distinct non-null values of a node field, sorted. */
const distinct = (field: 'region' | 'country') => (ds: Dataset) =>
  [...new Set(ds.nodes.map((n) => n[field]).filter((v): v is string => v !== null))].sort();

/** Per index and facet, the ids one value keeps (never changed once made). */
const ONE_VALUE = new WeakMap<GraphIndex, Map<string, Map<string, Set<string>>>>();
function oneValueIds(index: GraphIndex, facet: string): Map<string, Set<string>> {
  let byFacet = ONE_VALUE.get(index);
  if (!byFacet) ONE_VALUE.set(index, (byFacet = new Map<string, Map<string, Set<string>>>()));
  let ids = byFacet.get(facet);
  if (!ids) byFacet.set(facet, (ids = new Map<string, Set<string>>()));
  return ids;
}

/** Nodes by id per dataset: a label is asked per value shown, hundreds at 20,000 actors. */
const NODES_BY_ID = new WeakMap<Dataset, Map<string, Dataset['nodes'][number]>>();

/** A node by id, for wording a coalition by its name. */
function node(ds: Dataset, id: string): Dataset['nodes'][number] | undefined {
  let byId = NODES_BY_ID.get(ds);
  if (!byId) NODES_BY_ID.set(ds, (byId = new Map(ds.nodes.map((n) => [n.id, n]))));
  return byId.get(id);
}

/** `shortest(['Open letter to …', '8 March 2022 open letter'])` → the second. */
function shortest(names: string[]): string {
  return names.reduce((a, b) => (b.length < a.length ? b : a));
}

const TABLE = [
  {
    key: 'groups',
    param: 'group',
    title: 'Group',
    panelOrder: 0,
    open: true,
    rule: { attribute: { field: 'group', noun: 'group' } },
    values: () => GROUPS,
    refusal: `not one of ${GROUPS.join(', ')}`,
    label: wording(GROUP_LABELS),
    countNone: true,
  },
  {
    key: 'regions',
    param: 'region',
    title: 'Region',
    panelOrder: 2,
    rule: { attribute: { field: 'region', noun: 'country' } },
    values: distinct('region'),
    refusal: 'no node in this dataset has that region',
  },
  {
    key: 'countries',
    param: 'country',
    title: 'Country',
    panelOrder: 3,
    rule: { attribute: { field: 'country', noun: 'country' } },
    values: distinct('country'),
    refusal: 'no node in this dataset has that country code',
    label: countryName,
    short: countryName,
    normalise: (v) => v.toUpperCase(),
    byCount: true,
  },
  {
    key: 'kinds',
    param: 'kind',
    title: 'Kind',
    panelOrder: 1,
    rule: { test: (_index, values) => (n) => values.includes(n.kind) },
    values: () => NODE_KINDS,
    refusal: `not one of ${NODE_KINDS.join(', ')}`,
    label: wording(KIND_LABELS),
  },
  {
    key: 'coalitions',
    param: 'coalition',
    title: 'Coalition (letter or statement)',
    panelOrder: 4,
    // A coalition keeps itself and its members (linked to it by any relation).
    rule: {
      ids: (index, values) => {
        // The counts ask value by value on every filter change: one value's ids are kept.
        const one = values.length === 1 ? oneValueIds(index, 'coalitions') : null;
        const known = one?.get(values[0]!);
        if (known) return known;
        const allowed = new Set<string>();
        for (const id of values) {
          if (!index.byId.has(id)) continue;
          allowed.add(id);
          for (const m of index.members.get(id) ?? []) allowed.add(m);
        }
        one?.set(values[0]!, allowed);
        return allowed;
      },
    },
    values: (ds) => ds.nodes.filter((n) => n.kind === 'coalition').map((n) => n.id),
    refusal: 'no such coalition in this dataset',
    label: (id, ds) => node(ds, id)?.name ?? id,
    // A letter by its shortest name ("8 March 2022 open letter"): its title is a paragraph.
    short: (id, ds) => {
      const n = node(ds, id);
      return n ? shortest([n.name, ...n.aliases]) : id;
    },
  },
  {
    key: 'letters',
    param: 'letters',
    title: 'Letters signed',
    panelOrder: 5,
    open: true,
    // Only with two letters or more (an imported one beside another): else it has no values.
    rule: {
      ids: (index, values) => {
        const { signers, letters, one } = lettersFromIndex(index);
        // The counts ask value by value on every filter change: one value's ids are kept.
        if (values.length !== 1) return lettersKept(signers, letters, values);
        const v = values[0]!;
        let ids = one.get(v);
        if (!ids) one.set(v, (ids = lettersKept(signers, letters, values)));
        return ids;
      },
    },
    values: (ds) => letterValues(ds),
    unlisted: (ds) => lettersAndPairs(ds).pairs.keys(),
    refusal: 'this dataset has no such letter (it needs two letters or more)',
    label: (v, ds) => letterLabel(v, ds, (id) => node(ds, id)?.name ?? id),
    short: (v, ds) =>
      letterLabel(v, ds, (id) => {
        const n = node(ds, id);
        return n ? shortest([n.name, ...n.aliases]) : id;
      }),
  },
] as const satisfies readonly FacetDef[];

/** The Letters facet's values per dataset: read by the counts, the URL and the panel alike. */
const LETTER_VALUES = new WeakMap<Dataset, readonly string[]>();

function letterValues(ds: Dataset): readonly string[] {
  const known = LETTER_VALUES.get(ds);
  if (known) return known;
  const { letters } = lettersAndPairs(ds);
  const values = letters.length < 2 ? [] : ['all', 'one', ...letters];
  LETTER_VALUES.set(ds, values);
  return values;
}

/**
 * The letters of a dataset and the values of their pairs, once per dataset: a label is asked
 * for each value shown and each summary, and finding the letters reads every link (a filter
 * click at 20,000 actors spent two seconds here, issue 10).
 */
const LETTERS_OF = new WeakMap<
  Dataset,
  { letters: string[]; pairs: ReturnType<typeof pairValues> }
>();

function lettersAndPairs(ds: Dataset): {
  letters: string[];
  pairs: ReturnType<typeof pairValues>;
} {
  let known = LETTERS_OF.get(ds);
  if (!known) {
    const letters = lettersOf(ds).map((l) => l.id);
    LETTERS_OF.set(ds, (known = { letters, pairs: pairValues(letters) }));
  }
  return known;
}

/** "Signed both" (or "all 3"), "Signed only one", "Signed <letter>", "Signed A and B", "Signed A, not B". */
function letterLabel(v: string, ds: Dataset, name: (id: string) => string): string {
  if (v === 'all') {
    const n = lettersAndPairs(ds).letters.length;
    return n === 2 ? 'Signed both' : `Signed all ${n}`;
  }
  if (v === 'one') return 'Signed only one';
  const pair = lettersAndPairs(ds).pairs.get(v);
  if (pair?.part === 'both') return `Signed ${name(pair.a)} and ${name(pair.b)}`;
  if (pair?.part === 'only') return `Signed ${name(pair.a)}, not ${name(pair.b)}`;
  return `Signed ${name(v)}`;
}

/** Signers and letters per index: the test is built once per value for the counts. */
interface LettersOfIndex {
  signers: Map<string, Set<string>>;
  letters: string[];
  /** The ids each single value keeps, as asked (never changed once made). */
  one: Map<string, Set<string>>;
}
const LETTERS = new WeakMap<GraphIndex, LettersOfIndex>();

/** The letters, from the index (coalitions with two signers or more), and their signers. */
function lettersFromIndex(index: GraphIndex): LettersOfIndex {
  const known = LETTERS.get(index);
  if (known) return known;
  const signers = signersByLetter(index.linkById.values());
  const letters = [...signers]
    .filter(([id, s]) => s.size >= 2 && index.byId.get(id)?.kind === 'coalition')
    .map(([id]) => id);
  const made = { signers, letters, one: new Map<string, Set<string>>() };
  LETTERS.set(index, made);
  return made;
}

/** A facet's key in `Filters`: `groups`, `regions`, `countries`, `kinds`, `coalitions`. */
export type FacetKey = (typeof TABLE)[number]['key'];
export type Facet = FacetDef & { key: FacetKey };
/** The facets, in URL and summary order. */
export const FACETS: readonly Facet[] = TABLE;

/** The user's filter selection, one list of values per facet; empty means "no filter here". */
export type Filters = Record<FacetKey, string[]>;

/** One entry per facet: `byFacet((f) => f.values(ds))`. */
export function byFacet<T>(make: (f: Facet) => T): Record<FacetKey, T> {
  // Object.fromEntries cannot know its keys are exactly FacetKey; FACETS has each once.
  return Object.fromEntries(FACETS.map((f) => [f.key, make(f)])) as Record<FacetKey, T>;
}

/** A test or ids rule as a test: `ruleTest(facet.rule, index, ['letter-a'])(node)`. */
export function ruleTest(
  rule: Exclude<FacetDef['rule'], { attribute: Attribute }>,
  index: GraphIndex,
  values: readonly string[],
): (n: GraphNode) => boolean {
  if ('test' in rule) return rule.test(index, values);
  const ids = rule.ids(index, values);
  return (n) => ids.has(n.id);
}

/** The facets in the filter column's order. */
export const PANEL_FACETS: readonly Facet[] = [...FACETS].sort(
  (a, b) => a.panelOrder - b.panelOrder,
);

/** The attribute facets (a node field each), in table order. */
export const ATTRIBUTE_FACETS: readonly { key: FacetKey; attribute: Attribute }[] = FACETS.flatMap(
  (f) => ('attribute' in f.rule ? [{ key: f.key, attribute: f.rule.attribute }] : []),
);

/** The vocabulary of every facet in one dataset, as sets: what a URL or a story may name. */
export function vocabularies(ds: Dataset): Record<FacetKey, ReadonlySet<string>> {
  return byFacet((f) => new Set([...f.values(ds), ...(f.unlisted?.(ds) ?? [])]));
}

/** Filters with nothing selected, freshly made (the caller may fill the lists). */
export function emptyFilters(): Filters {
  return byFacet(() => []);
}
