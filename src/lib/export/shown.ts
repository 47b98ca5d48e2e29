/**
 * The two export helpers the menu needs before anything is exported (its item count, the
 * citation date); kept apart from the writers so the menu loads them only on first use.
 */
import { contextPhrase } from '../graph/filter.ts';
import type { Dataset } from '../types.ts';

/** Ids of the shown nodes, in dataset order (ids the dataset lacks are dropped). */
export function shownIds(ds: Dataset, visible: Set<string>): string[] {
  return ds.nodes.filter((n) => visible.has(n.id)).map((n) => n.id);
}

/**
 * A summary (which counts the matches) with the context said apart:
 * `fullSummary('Showing 21 of 243 nodes · group: international', 15)` →
 * `'Showing 21 of 243 nodes · group: international · with 15 linked actors for context'`.
 */
export function fullSummary(summary: string, context: number): string {
  const phrase = contextPhrase(context);
  return phrase === '' ? summary : `${summary} · ${phrase}`;
}

/** Today in the reader's time zone as `YYYY-MM-DD` (toISOString would give UTC's day). */
export function localDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
