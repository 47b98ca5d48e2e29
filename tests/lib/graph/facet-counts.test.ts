/**
 * The one-pass counts against their definition: for every facet value, the matches with that
 * value alone selected in its facet (`matchIds`, one filter per value, as the counts were
 * computed before). Data: the mini fixture and a synthetic dataset of 400 actors (src/lib/
 * synthetic, seed 3: 3 letters, so the Letters facet has values), under filter combinations
 * that leave each facet active, two at once, and a date.
 */
import { describe, expect, it } from 'vitest';
import { matchCounts } from '../../../src/lib/graph/facet-counts.ts';
import { FACETS, emptyFilters, type Filters } from '../../../src/lib/graph/facets.ts';
import { matchIds } from '../../../src/lib/graph/filter.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { loadMini } from './mini.ts';

function byDefinition(ds: Dataset, f: Filters, within: ReadonlySet<string> | null) {
  const index = indexGraph(ds);
  return Object.fromEntries(
    FACETS.map((facet) => [
      facet.key,
      new Map(
        facet.values(ds).map((v) => {
          const ids = [...matchIds(ds, index, { ...f, [facet.key]: [v] })];
          return [v, ids.filter((id) => within?.has(id) ?? true).length];
        }),
      ),
    ]),
  );
}

const synthetic = generateDataset({ nodes: 400, seed: 3 });
const mini = loadMini();
const with_ = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });
const coalition = (ds: Dataset, i: number) => ds.nodes.filter((n) => n.kind === 'coalition')[i]!.id;
const firstHalf = (ds: Dataset) => new Set(ds.nodes.slice(0, ds.nodes.length / 2).map((n) => n.id));

const cases: { name: string; ds: Dataset; f: Filters; within: ReadonlySet<string> | null }[] = [
  { name: 'mini, nothing selected', ds: mini, f: emptyFilters(), within: null },
  { name: 'mini, diaspora', ds: mini, f: with_({ groups: ['diaspora'] }), within: null },
  {
    name: 'mini, diaspora and a kind, first half',
    ds: mini,
    f: with_({ groups: ['diaspora'], kinds: ['organisation', 'person'] }),
    within: firstHalf(mini),
  },
  { name: 'synthetic, nothing selected', ds: synthetic, f: emptyFilters(), within: null },
  {
    name: 'synthetic, two groups and a region',
    ds: synthetic,
    f: with_({ groups: ['diaspora', 'solidarity'], regions: [synthetic.nodes[50]!.region ?? ''] }),
    within: null,
  },
  {
    name: 'synthetic, a coalition and a kind',
    ds: synthetic,
    f: with_({ coalitions: [coalition(synthetic, 1)], kinds: ['organisation'] }),
    within: null,
  },
  {
    name: 'synthetic, signed only one letter, a country, first half',
    ds: synthetic,
    f: with_({ letters: ['one'], countries: [synthetic.nodes[80]!.country ?? ''] }),
    within: firstHalf(synthetic),
  },
];

describe('matchCounts', () => {
  it('the synthetic data has letters to count', () => {
    expect(FACETS.find((f) => f.key === 'letters')!.values(synthetic).length).toBeGreaterThan(3);
  });

  it.each(cases)('equals one filter per value: $name', ({ ds, f, within }) => {
    const before = JSON.stringify(f);
    const counts = matchCounts(ds, indexGraph(ds), f, within);
    const expected = byDefinition(ds, f, within);
    for (const facet of FACETS) expect(counts[facet.key]).toEqual(expected[facet.key]);
    // Not a vacuous equality: some value counts something.
    expect(Math.max(...[...counts.groups.values()])).toBeGreaterThan(0);
    expect(JSON.stringify(f)).toBe(before);
  });
});
