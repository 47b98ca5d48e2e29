/**
 * Words for a node that screen readers and announcements use, from the same labels the
 * legend shows. Pure: `nodeSummary(node, 9)` → "World Uyghur Congress, organisation, diaspora,
 * Germany, 9 connections".
 */
import { countryName } from './countries.ts';
import type { GraphNode } from '../types.ts';
import { plural } from '../text/plural.ts';

/** Name, kind, group, country and connection count, comma-separated, skipping unknowns. */
export function nodeSummary(node: GraphNode, degree: number): string {
  const parts = [node.name, kindWord(node.kind)];
  if (node.group) parts.push(node.group);
  if (node.country) parts.push(countryName(node.country));
  parts.push(plural(degree, 'connection'));
  return parts.join(', ');
}

/** `intergovernmental` reads badly aloud; say what it is. */
function kindWord(kind: GraphNode['kind']): string {
  return kind === 'intergovernmental' ? 'intergovernmental body' : kind;
}
