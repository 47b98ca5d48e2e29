/**
 * Words for a node that screen readers and announcements use, from the same labels the
 * legend shows. Pure: `nodeSummary(node, 9)` → "World Uyghur Congress, organisation, diaspora,
 * Germany, 9 connections".
 */
import { countryName } from '../graph/countries.ts';
import type { GraphNode } from '../types.ts';

/** `plural(1, 'connection')` → "1 connection"; `plural(3, 'source')` → "3 sources". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

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
  return kind === 'intergovernmental' ? 'UN body' : kind;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `formatDate('2022-03-08')` → "8 March 2022"; "2022-08" → "August 2022"; null → "undated". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
