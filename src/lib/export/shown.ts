/**
 * The two export helpers the menu needs before anything is exported (its item count, the
 * citation date); kept apart from the writers so the menu loads them only on first use.
 */
import type { Dataset } from '../types.ts';

/** Ids of the shown nodes, in dataset order (ids the dataset lacks are dropped). */
export function shownIds(ds: Dataset, visible: Set<string>): string[] {
  return ds.nodes.filter((n) => visible.has(n.id)).map((n) => n.id);
}

/** Today in the reader's time zone as `YYYY-MM-DD` (toISOString would give UTC's day). */
export function localDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
