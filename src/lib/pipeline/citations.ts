/**
 * Citation order and identity: by document (the order of sources.json), then position.
 */
import type { Citation } from '../types.ts';

/** Plain code-unit order: locale-independent, so the output is the same on every machine. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sort by document order then start (then end), dropping exact duplicates.
 * `order` maps document id → its index in sources.json.
 */
export function sortCitations(
  citations: readonly Citation[],
  order: ReadonlyMap<string, number>,
): Citation[] {
  const sorted = [...citations].sort(
    (a, b) =>
      (order.get(a.doc) ?? Infinity) - (order.get(b.doc) ?? Infinity) ||
      byCode(a.doc, b.doc) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return sorted.filter((c, i) => {
    const prev = sorted[i - 1];
    return !prev || prev.doc !== c.doc || prev.start !== c.start || prev.end !== c.end;
  });
}
