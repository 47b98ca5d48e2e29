/** The mini dataset (tests/fixtures/mini-dataset.json, provenance in its README), typed. */
import { readFileSync } from 'node:fs';
import { indexGraph } from '../../src/lib/graph/graph-index.ts';
import type { Dataset, GraphNode } from '../../src/lib/types.ts';

export const ds = JSON.parse(readFileSync('tests/fixtures/mini-dataset.json', 'utf8')) as Dataset;
export const index = indexGraph(ds);
export const node = (id: string): GraphNode => {
  const n = index.byId.get(id);
  if (!n) throw new Error(`fixture has no node ${id}`);
  return n;
};
