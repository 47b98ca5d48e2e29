/**
 * The list view's table: its columns, each actor's cells as the reader sees them, and the order
 * a column sorts in (by its words, accents and case aside, numbers by value; links by count;
 * ties by name).
 */
import { countryName } from '../graph/countries.ts';
import { GROUP_LABELS, KIND_LABELS } from '../graph/encoding.ts';
import type { GraphNode } from '../types.ts';
import type { ListSort, SortKey as ListKey } from '../url/sort.ts';

// The sort itself (its keys, default, next and its URL form) is lib/url/sort.ts.
export type { ListKey, ListSort };
export { DEFAULT_SORT, nextSort } from '../url/sort.ts';

/** The columns, in order, with their headings. */
export const LIST_COLUMNS: readonly (readonly [ListKey, string])[] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['group', 'Group'],
  ['country', 'Country'],
  ['links', 'Links'],
];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A text column's cell: `listCell(wuc, 'country')` → 'Germany'; '' for none (and for links). */
export function listCell(n: GraphNode, key: ListKey): string {
  if (key === 'kind') return KIND_LABELS[n.kind];
  if (key === 'group') return n.group ? GROUP_LABELS[n.group] : '';
  if (key === 'country') return n.country ? countryName(n.country) : '';
  return key === 'name' ? n.name : '';
}

/** The actors of `ids` (from `nodes`, which is not changed) in the table's order. */
export function sortActors(
  nodes: readonly GraphNode[],
  ids: ReadonlySet<string>,
  sort: ListSort,
  degree: (id: string) => number,
): GraphNode[] {
  const dir = sort.ascending ? 1 : -1;
  return nodes
    .filter((n) => ids.has(n.id))
    .sort((a, b) => {
      const c =
        sort.key === 'links'
          ? degree(a.id) - degree(b.id)
          : collator.compare(listCell(a, sort.key), listCell(b, sort.key));
      return c * dir || collator.compare(a.name, b.name);
    });
}
