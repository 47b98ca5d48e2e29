/**
 * The filtered graph as GEXF 1.3 for Gephi: a static, directed graph whose nodes and edges carry
 * the dataset's classifications and citations as declared attributes, with the app's layout
 * and colours in the viz namespace.
 */
import type { Dataset } from '../types.ts';
import { personAliases, redact } from '../redact/anonymise.ts';
import { parseHexColour } from './colour.ts';
import {
  exportRecords,
  GRAPH_NODE_FIELDS,
  nodeCell,
  nodeSize,
  type EdgeRecord,
  type GraphExportOptions,
  type NodeRecord,
} from './records.ts';
import { attrs, escapeXml } from './xml.ts';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const NODE_ATTRIBUTES = ['aliases', ...GRAPH_NODE_FIELDS] as const;
const EDGE_ATTRIBUTES = ['relation', 'date', 'note', 'citations'] as const;

/**
 * GEXF 1.3 of the nodes in `ids` and the links with both ends among them. Node attributes:
 * aliases and `GRAPH_NODE_FIELDS` (kind; group and country, each with its basis, cited sentence
 * and note; citations, source_documents); edge attributes: relation, date, note, citations (one
 * citation per line: see citation-line.ts); edge label and kind = relation (so parallel links of different relations stay
 * apart in Gephi). Empty values are left out.
 */
export function toGexf(ds: Dataset, ids: Iterable<string>, opts: GraphExportOptions = {}): string {
  const { nodes, edges } = exportRecords(ds, ids, opts);
  const declare = (cls: 'node' | 'edge', names: readonly string[]) => [
    `    <attributes${attrs([
      ['class', cls],
      ['mode', 'static'],
    ])}>`,
    ...names.map(
      (n) =>
        `      <attribute${attrs([
          ['id', n],
          ['title', n],
          ['type', 'string'],
        ])}/>`,
    ),
    '    </attributes>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${attrs([
      ['xmlns', GEXF_NS],
      ['xmlns:viz', VIZ_NS],
      ['version', '1.3'],
    ])}>`,
    `  <meta${attrs([['lastmodifieddate', ds.edition]])}>`,
    '    <creator>Coalition Atlas</creator>',
    `    <description>${escapeXml(description(ds, opts))}</description>`,
    '  </meta>',
    `  <graph${attrs([
      ['defaultedgetype', 'directed'],
      ['mode', 'static'],
    ])}>`,
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes.flatMap((n) => nodeXml(n, opts)),
    '    </nodes>',
    '    <edges>',
    ...edges.flatMap(edgeXml),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/**
 * The file's description: "Coalition Atlas, dataset v1 (edition 2022-09-02)", then the
 * dataset's own title and description when it has them (people hidden when asked).
 */
function description(ds: Dataset, opts: GraphExportOptions): string {
  const people = opts.hidePeople === true ? personAliases(ds) : new Map<string, string>();
  const own = [ds.title, ds.description].filter((t) => t !== undefined);
  return [`Coalition Atlas, dataset v${ds.version} (edition ${ds.edition})`, ...own]
    .map((t) => redact(t, ds, people))
    .join('. ');
}

function attvalues(values: [string, string][]): string[] {
  const present = values.filter(([, v]) => v !== '');
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(
      ([k, v]) =>
        `          <attvalue${attrs([
          ['for', k],
          ['value', v],
        ])}/>`,
    ),
    '        </attvalues>',
  ];
}

function nodeXml(n: NodeRecord, opts: GraphExportOptions): string[] {
  const values: [string, string][] = [
    ['aliases', nodeCell(n, 'aliases')],
    ...GRAPH_NODE_FIELDS.map((f): [string, string] => [f, n[f]]),
  ];
  const colour = opts.colours === undefined ? undefined : parseHexColour(opts.colours(n.node));
  const at = opts.positions?.get(n.node.id);
  return [
    `      <node${attrs([
      ['id', n.id],
      ['label', n.name],
    ])}>`,
    ...attvalues(values),
    ...(colour === undefined
      ? []
      : [
          `        <viz:color${attrs([
            ['r', colour.r],
            ['g', colour.g],
            ['b', colour.b],
          ])}/>`,
        ]),
    ...(at === undefined || !Number.isFinite(at.x) || !Number.isFinite(at.y)
      ? []
      : [
          `        <viz:position${attrs([
            ['x', at.x],
            ['y', at.y],
            ['z', 0],
          ])}/>`,
        ]),
    `        <viz:size${attrs([['value', nodeSize(n.connections)]])}/>`,
    '      </node>',
  ];
}

function edgeXml(e: EdgeRecord): string[] {
  return [
    `      <edge${attrs([
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
      ['label', e.relation],
      ['kind', e.relation],
    ])}>`,
    ...attvalues(EDGE_ATTRIBUTES.map((a): [string, string] => [a, e[a]])),
    '      </edge>',
  ];
}
