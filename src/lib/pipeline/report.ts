/**
 * The quality report printed by `npm run data`: what a curator checks after each build.
 */
import type { Dataset, GraphNode, Provenance } from '../types.ts';
import { byCode } from './citations.ts';
import { similarNames } from './similar.ts';

/** Organisations and individual signatories: the nodes that carry a group and a country. */
export function isClassified(node: GraphNode): boolean {
  return node.kind === 'organisation' || node.signatory;
}

/** `count(['a','b','a'])` → `'a 2 · b 1'`: most frequent first, then by name. */
function count(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || byCode(x[0], y[0]));
  return sorted.length === 0 ? '(none)' : sorted.map(([k, n]) => `${k} ${n}`).join(' · ');
}

const basis = (p: Provenance | null) => p?.basis ?? 'none';

/** The report as lines of text. */
export function qualityReport(data: Dataset): string {
  const classified = data.nodes.filter(isClassified);
  const unknown = classified.filter((n) => n.country === null);
  const ungrouped = classified.filter((n) => n.group === null);
  const orgs = data.nodes.filter((n) => n.kind === 'organisation');
  const pairs = similarNames(orgs.map((n) => n.name));
  const lines = [
    `Dataset edition ${data.edition}: ${data.documents.length} documents, ${data.nodes.length} nodes, ${data.links.length} links, ${data.nodes.filter((n) => n.signatory).length} signatories.`,
    `Nodes by kind: ${count(data.nodes.map((n) => n.kind))}`,
    `Links by relation: ${count(data.links.map((l) => l.relation))}`,
    `Organisations and individual signatories (${classified.length}):`,
    `  by group: ${count(classified.map((n) => n.group ?? 'none'))}`,
    `  by region: ${count(classified.map((n) => n.region ?? 'unknown'))}`,
    `  group basis: ${count(classified.map((n) => basis(n.groupProvenance)))}`,
    `  country basis: ${count(classified.map((n) => basis(n.countryProvenance)))}`,
    `Group not classified (${ungrouped.length}):`,
    ...ungrouped.map((n) => `  - ${n.name}`),
    `Country unknown (${unknown.length}):`,
    ...unknown.map((n) => `  - ${n.name}`),
    `Names so alike they may be one organisation (${pairs.length}; not merged, check by hand):`,
    ...pairs.map((p) => `  - "${p.a}" / "${p.b}" (${p.score.toFixed(2)})`),
  ];
  return `${lines.join('\n')}\n`;
}
