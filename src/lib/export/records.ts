/**
 * What every tabular and graph export writes, computed once: the selected nodes and the links
 * between them as flat string fields, with citations spelled out (document, offsets, sentence:
 * see citation-line.ts) and, when people are hidden, every name already redacted. The CSV, GEXF
 * and GraphML writers only serialise these.
 */
import type { Dataset, GraphLink, GraphNode, Provenance } from '../types.ts';
import { personAliases, personId, redact, type TextLocation } from '../redact/anonymise.ts';
import { citationLine, citationLines } from './citation-line.ts';
import { knownCountryName } from '../graph/countries.ts';
import type { Positions } from '../graph/positions.ts';

/** Options shared by the data exports. */
export interface ExportOptions {
  /** Replace people's names by "Person N" everywhere (the presenter option). */
  hidePeople?: boolean;
  /**
   * Nodes exported as context (linked to what matches the filters, not matching themselves):
   * their `shown_as` is `context`, so a table's row count is not read as the matches' count.
   */
  context?: ReadonlySet<string>;
}

/** Options of the graph exports (GEXF, GraphML). */
export interface GraphExportOptions extends ExportOptions {
  /** Layout positions by dataset node id; nodes without one get none. */
  positions?: Positions;
  /** A node's colour as CSS `#rrggbb` (or `#rgb`); other strings are left out. */
  colours?: (node: GraphNode) => string;
}

/**
 * Every node field the data exports write, in the CSV's column order (its header spells them
 * so). The graph formats write the same fields as attributes: `GRAPH_NODE_FIELDS`.
 */
export const NODE_COLUMNS = [
  'id',
  'name',
  'kind',
  'shown_as',
  'aliases',
  'group',
  'group_basis',
  'group_citation',
  'group_note',
  'country',
  'country_name',
  'region',
  'subregion',
  'country_basis',
  'country_citation',
  'country_note',
  'connections',
  'citations',
  'source_documents',
] as const satisfies readonly Exclude<keyof NodeRecord, 'node'>[];

export type NodeColumn = (typeof NODE_COLUMNS)[number];

/**
 * Compile-time proof that every field of `NodeRecord` (but the dataset node) is a column, so
 * none is computed and then never written: `true` only when no field is left out.
 */
export const EVERY_FIELD_A_COLUMN: [Exclude<keyof NodeRecord, 'node' | NodeColumn>] extends [never]
  ? true
  : never = true;

/** Fields the graph formats write in their own way: the node's id and label, its aliases first, its connections as its size. */
const OWN_WAY: ReadonlySet<NodeColumn> = new Set(['id', 'name', 'aliases', 'connections']);

/** The node fields the graph exports write as plain string attributes, in column order. */
export const GRAPH_NODE_FIELDS = NODE_COLUMNS.filter(
  (c): c is Exclude<NodeColumn, 'id' | 'name' | 'aliases' | 'connections'> => !OWN_WAY.has(c),
);

/** One field as text: lists joined by `LIST_SEPARATOR`, numbers in figures. */
export function nodeCell(n: NodeRecord, column: NodeColumn): string {
  const value = n[column];
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/** Drawn size from the number of connections, so hubs stand out in Gephi: 0 → 4, 9 → 10. */
export function nodeSize(connections: number): number {
  return Math.round((4 + 2 * Math.sqrt(connections)) * 100) / 100;
}

/** One node as exported. Optional facts are '' when the dataset has null. */
export interface NodeRecord {
  /** The dataset node, for callers' callbacks (colours, positions); never written as is. */
  node: GraphNode;
  id: string;
  name: string;
  kind: string;
  /** `match` (the node matches the filters) or `context` (shown for a linked match). */
  shown_as: 'match' | 'context';
  aliases: string[];
  group: string;
  group_basis: string;
  /** The group's citation when its basis is `document`, as a citation line. */
  group_citation: string;
  group_note: string;
  country: string;
  country_name: string;
  region: string;
  subregion: string;
  country_basis: string;
  /** The country's citation when its basis is `document`, as a citation line. */
  country_citation: string;
  country_note: string;
  /** Links to or from this node within the exported set. */
  connections: number;
  /** One line per citation: `Title (date), characters 477–511: “sentence”`. */
  citations: string;
  /** Titles of the documents that mention the node, in dataset order, joined by " | ". */
  source_documents: string;
}

/** One link as exported; `source` and `target` are exported node ids. */
export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  relation: string;
  /** When the relation holds, as the dataset dates it (ISO), or ''. */
  date: string;
  /** The curator's note on the link, or ''. */
  note: string;
  /** One line per citation, as for nodes. */
  citations: string;
}

/** Separator between several values in one field. */
export const LIST_SEPARATOR = ' | ';

/** "FI" → "Finland"; '' for null, CLDR's "ZZ" (Unknown Region) or a code no one names. */
export function countryName(code: string | null): string {
  return code === null ? '' : (knownCountryName(code) ?? '');
}

/**
 * The nodes whose ids are in `ids` (in dataset order; unknown ids are ignored) and the links with
 * both ends among them, as export records.
 */
export function exportRecords(
  ds: Dataset,
  ids: Iterable<string>,
  opts: ExportOptions = {},
): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const wanted = new Set(ids);
  const nodes = ds.nodes.filter((n) => wanted.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const links = ds.links.filter((l) => kept.has(l.source) && kept.has(l.target));
  const map = opts.hidePeople === true ? personAliases(ds) : new Map<string, string>();
  const docs = new Map(ds.documents.map((d) => [d.id, d]));

  const text = (s: string, at?: TextLocation) => redact(s, ds, map, at);
  const exportedId = (id: string) => {
    const label = map.get(id);
    return label === undefined ? id : personId(label);
  };
  const basis = (p: Provenance | null) =>
    p?.citation === undefined ? '' : citationLine(docs.get(p.citation.doc), p.citation, text);

  const degree = new Map<string, number>();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }

  const nodeRecord = (n: GraphNode): NodeRecord => {
    const hidden = map.get(n.id);
    const cited = new Set(n.citations.map((c) => c.doc));
    return {
      node: n,
      id: exportedId(n.id),
      name: hidden ?? text(n.name),
      kind: n.kind,
      shown_as: opts.context?.has(n.id) === true ? 'context' : 'match',
      // A stand-in's aliases would only repeat it, and the originals name the person.
      aliases: hidden === undefined ? n.aliases.map((a) => text(a)) : [],
      group: n.group ?? '',
      group_basis: n.groupProvenance?.basis ?? '',
      group_citation: basis(n.groupProvenance),
      group_note: note(n.groupProvenance, text),
      country: n.country ?? '',
      country_name: countryName(n.country),
      region: n.region ?? '',
      subregion: n.subregion ?? '',
      country_basis: n.countryProvenance?.basis ?? '',
      country_citation: basis(n.countryProvenance),
      country_note: note(n.countryProvenance, text),
      connections: degree.get(n.id) ?? 0,
      citations: citationLines(docs, n.citations, text),
      source_documents: ds.documents
        .filter((d) => cited.has(d.id))
        .map((d) => text(d.title))
        .join(LIST_SEPARATOR),
    };
  };
  const edgeRecord = (l: GraphLink): EdgeRecord => ({
    id: `${exportedId(l.source)}--${l.relation}--${exportedId(l.target)}`,
    source: exportedId(l.source),
    target: exportedId(l.target),
    relation: l.relation,
    date: l.date ?? '',
    note: l.note === null ? '' : text(l.note),
    citations: citationLines(docs, l.citations, text),
  });
  return { nodes: nodes.map(nodeRecord), edges: links.map(edgeRecord) };
}

function note(p: Provenance | null, text: (s: string) => string): string {
  return p?.note === undefined ? '' : text(p.note);
}
