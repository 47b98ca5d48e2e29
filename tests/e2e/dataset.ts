/**
 * The real dataset and the app's own pure functions, so every expectation in the journeys is
 * computed from data/coalition.json rather than typed in by hand.
 */
import { readFileSync } from 'node:fs';
import { citationsByDocument } from '../../src/lib/evidence/context.ts';
import {
  matchIds,
  PRESETS,
  summary,
  visibleIds,
  type Filters,
} from '../../src/lib/graph/filter.ts';
import { indexGraph } from '../../src/lib/graph/graph-index.ts';
import type { Dataset, GraphNode } from '../../src/lib/types.ts';

export const ds = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;
export const index = indexGraph(ds);

export function node(id: string): GraphNode {
  const n = index.byId.get(id);
  if (!n) throw new Error(`data/coalition.json has no node "${id}"; the journey needs it`);
  return n;
}

/**
 * What the filter panel should say for `f`: the summary line (of the matches), how many match,
 * how many are drawn (matches and context) and how many of those are context.
 */
export function expectedSummary(f: Filters): {
  text: string;
  count: number;
  shown: number;
  context: number;
} {
  const visible = visibleIds(ds, index, f);
  const matches = matchIds(ds, index, f);
  return {
    text: summary(ds, matches, f),
    count: matches.size,
    shown: visible.size,
    context: visible.size - matches.size,
  };
}

export { PRESETS };

/** A node's first mention as the panel lists it (documents in dataset order, then position). */
export function firstMention(id: string) {
  const group = citationsByDocument(ds, node(id).citations)[0];
  if (!group) throw new Error(`node "${id}" has no citations`);
  return { doc: group.doc, citation: group.citations[0]! };
}
