/**
 * The list view's sort in the URL (`sort=name`, `sort=-links`): a column, ascending unless
 * prefixed with "-". The default (most links first) is left out of the URL.
 */

/** The list's columns, in their order on screen. */
export const SORT_KEYS = ['name', 'kind', 'group', 'country', 'links'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** How the list is sorted. */
export interface ListSort {
  key: SortKey;
  ascending: boolean;
}

/** Most links first: the actors a reader should meet first. */
export const DEFAULT_SORT: ListSort = Object.freeze({ key: 'links', ascending: false });

const isKey = (s: string): s is SortKey => (SORT_KEYS as readonly string[]).includes(s);

/** `{ key: 'name', ascending: true }` → `"name"`; `{ key: 'links', ascending: true }` → `"links"`; the default → null. */
export function serializeSort(s: ListSort): string | null {
  if (s.key === DEFAULT_SORT.key && s.ascending === DEFAULT_SORT.ascending) return null;
  return `${s.ascending ? '' : '-'}${s.key}`;
}

/** `"-country"` → country, descending; anything not a column is dropped with a notice. */
export function parseSort(value: string | null, notices: string[]): ListSort {
  if (value === null) return DEFAULT_SORT;
  const key = value.replace(/^-/, '');
  if (isKey(key)) return { key, ascending: !value.startsWith('-') };
  notices.push(
    `Ignored sort "${value}": expected one of ${SORT_KEYS.join(', ')}, "-" first for descending.`,
  );
  return DEFAULT_SORT;
}

/** The sort after choosing column `key`: the same column flips; a new one starts ascending, links descending. */
export function nextSort(s: ListSort, key: SortKey): ListSort {
  if (s.key === key) return { key, ascending: !s.ascending };
  return { key, ascending: key !== 'links' };
}
