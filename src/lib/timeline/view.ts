/**
 * The timeline combined with the filters: `visible = filters ∩ asOf`, and the summary line
 * that says so ("Showing 234 of 243 nodes as of 8 March 2022 · group: diaspora").
 */
import { facetPhrases, summary, type Filters } from '../graph/filter.ts';
import { formatDate } from './dates.ts';
import type { Dataset } from '../types.ts';
import { plural } from '../text/plural.ts';

/**
 * The nodes both the filters and the date show, in `visible`'s order; `asOfNodes: null`
 * (all dates) returns `visible` itself. `restrictToDate(new Set(['a','b']), new Set(['b']))`
 * → `Set {'b'}`.
 */
export function restrictToDate(
  visible: Set<string>,
  asOfNodes: ReadonlySet<string> | null,
): Set<string> {
  if (asOfNodes === null) return visible;
  return new Set([...visible].filter((id) => asOfNodes.has(id)));
}

/** `summary` with the date: "Showing 41 of 243 nodes as of 2020", or the plain summary. */
export function timedSummary(
  ds: Dataset,
  visible: ReadonlySet<string>,
  filters: Filters,
  asOf: string | null,
): string {
  if (asOf === null) return summary(ds, visible, filters);
  const total = ds.nodes.length;
  const head = `Showing ${visible.size} of ${plural(total, 'node')} as of ${formatDate(asOf)}`;
  return [head, ...facetPhrases(ds, filters)].join(' · ');
}
