import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelPriority } from '../../../src/lib/graph/encoding.ts';
import { graphIndexOf } from '../../../src/lib/graph/graph-index.ts';
import { byPriorityOf, drawOrderOf } from '../../../src/lib/graph/ranking.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import type { Dataset } from '../../../src/lib/types.ts';

/** The order as the Canvas scene sorted it before: ascending priority, dataset order among equals. */
function sortedAscending(ds: Dataset): string[] {
  const { degree } = graphIndexOf(ds);
  return ds.nodes
    .map((n) => ({ id: n.id, p: labelPriority(n, degree.get(n.id) ?? 0) }))
    .sort((a, b) => a.p - b.p)
    .map((x) => x.id);
}

describe('drawOrderOf: hubs drawn last, equals in dataset order', () => {
  const builtIn = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;
  for (const [name, ds] of [
    ['the built-in dataset', builtIn],
    ['a synthetic dataset of 3,000', generateDataset({ nodes: 3000, seed: 5 })],
  ] as const) {
    it(`is the stable ascending sort by label priority, for ${name}`, () => {
      const order = drawOrderOf(ds).map((n) => n.id);
      expect(order).toEqual(sortedAscending(ds));
      // Many actors share a priority, so the order among equals is really tested.
      expect(new Set(order).size).toBe(ds.nodes.length);
      expect(order.at(-1)).toBe(byPriorityOf(ds)[0]!.id);
    });
  }
});
