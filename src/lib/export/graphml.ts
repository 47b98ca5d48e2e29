/**
 * The filtered graph as GraphML for Cytoscape (and yEd, networkx, igraph): typed <key>
 * declarations, node and edge data, a `name` key that Cytoscape shows as the label.
 */
import type { Dataset } from '../types.ts';
import {
  exportRecords,
  GRAPH_NODE_FIELDS,
  nodeCell,
  type EdgeRecord,
  type GraphExportOptions,
  type NodeRecord,
} from './records.ts';
import { parseHexColour } from './colour.ts';
import { attrs, escapeXml } from './xml.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'double';
}

/** Key ids are prefixed by their domain: `citations` exists on nodes and on edges. */
const key = (domain: 'node' | 'edge', name: string, type: Key['type'] = 'string'): Key => ({
  id: `${domain === 'node' ? 'n' : 'e'}_${name}`,
  for: domain,
  name,
  type,
});

const NODE_KEYS: Key[] = [
  key('node', 'name'),
  key('node', 'aliases'),
  ...GRAPH_NODE_FIELDS.map((f) => key('node', f)),
  key('node', 'connections', 'double'),
];
const POSITION_KEYS: Key[] = [key('node', 'x', 'double'), key('node', 'y', 'double')];
const COLOUR_KEY: Key = key('node', 'colour');
const EDGE_FIELDS = ['relation', 'date', 'note', 'citations'] as const;
const EDGE_KEYS: Key[] = EDGE_FIELDS.map((f) => key('edge', f));

/**
 * GraphML of the nodes in `ids` and the links with both ends among them, same attributes as the
 * GEXF export plus `name` and `connections`; `x`, `y` (double) when `positions` are given and
 * `colour` (#rrggbb) when `colours` is. Empty values are left out.
 */
export function toGraphml(
  ds: Dataset,
  ids: Iterable<string>,
  opts: GraphExportOptions = {},
): string {
  const { nodes, edges } = exportRecords(ds, ids, opts);
  const keys = [
    ...NODE_KEYS,
    ...(opts.positions === undefined ? [] : POSITION_KEYS),
    ...(opts.colours === undefined ? [] : [COLOUR_KEY]),
    ...EDGE_KEYS,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml${attrs([['xmlns', GRAPHML_NS]])}>`,
    ...keys.map(
      (k) =>
        `  <key${attrs([
          ['id', k.id],
          ['for', k.for],
          ['attr.name', k.name],
          ['attr.type', k.type],
        ])}/>`,
    ),
    `  <graph${attrs([
      ['id', 'coalition-atlas'],
      ['edgedefault', 'directed'],
    ])}>`,
    ...nodes.flatMap((n) => nodeXml(n, opts)),
    ...edges.flatMap(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function data(values: [Key, string][]): string[] {
  return values
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `      <data${attrs([['key', k.id]])}>${escapeXml(v)}</data>`);
}

function nodeXml(n: NodeRecord, opts: GraphExportOptions): string[] {
  const values: [Key, string][] = [
    [key('node', 'name'), n.name],
    [key('node', 'aliases'), nodeCell(n, 'aliases')],
    ...GRAPH_NODE_FIELDS.map((f): [Key, string] => [key('node', f), n[f]]),
    [key('node', 'connections', 'double'), nodeCell(n, 'connections')],
  ];
  const at = opts.positions?.get(n.node.id);
  if (at !== undefined && Number.isFinite(at.x) && Number.isFinite(at.y)) {
    values.push(
      [key('node', 'x', 'double'), String(at.x)],
      [key('node', 'y', 'double'), String(at.y)],
    );
  }
  const colour = opts.colours === undefined ? undefined : parseHexColour(opts.colours(n.node));
  if (colour !== undefined) {
    const hex = [colour.r, colour.g, colour.b].map((c) => c.toString(16).padStart(2, '0'));
    values.push([COLOUR_KEY, `#${hex.join('')}`]);
  }
  return [`    <node${attrs([['id', n.id]])}>`, ...data(values), '    </node>'];
}

function edgeXml(e: EdgeRecord): string[] {
  return [
    `    <edge${attrs([
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
    ])}>`,
    ...data(EDGE_FIELDS.map((f, i): [Key, string] => [EDGE_KEYS[i]!, e[f]])),
    '    </edge>',
  ];
}
