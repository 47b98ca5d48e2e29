import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  matchIds,
  NO_FILTERS,
  PRESETS,
  visibleIds,
} from '../../../src/lib/graph/filter.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { visibleAsOf } from '../../../src/lib/timeline/timeline.ts';
import { loadMini } from './mini.ts';

const ds = loadMini();
const index = indexGraph(ds);

describe('facetCounts within the nodes of a date', () => {
  it.each([
    { name: 'no filters', filters: NO_FILTERS },
    { name: 'diaspora', filters: PRESETS.diaspora },
  ])('each count is the matches of that value ∩ the date ($name)', ({ filters }) => {
    const within = visibleAsOf(ds, '2022-03-08').nodes;
    expect(within.size).toBeLessThan(ds.nodes.length);
    const c = facetCounts(ds, index, filters, within);
    for (const [group, n] of c.groups) {
      if (group === 'none') continue;
      const ids = matchIds(ds, index, { ...filters, groups: [group] });
      expect(n).toBe([...ids].filter((id) => within.has(id)).length);
    }
    for (const [coalition, n] of c.coalitions) {
      const ids = matchIds(ds, index, { ...filters, coalitions: [coalition] });
      expect(n).toBe([...ids].filter((id) => within.has(id)).length);
    }
  });

  it('a date before everything leaves only the undated actors counted', () => {
    const within = visibleAsOf(ds, '1900').nodes;
    const all = facetCounts(ds, index, NO_FILTERS);
    const early = facetCounts(ds, index, NO_FILTERS, within);
    // The statement of 31 August 2022 cannot be counted in 1900.
    expect(all.coalitions.get('wuc-statement-2022-08-31')).toBeGreaterThan(0);
    expect(early.coalitions.get('wuc-statement-2022-08-31')).toBe(
      [
        ...visibleIds(ds, index, { ...NO_FILTERS, coalitions: ['wuc-statement-2022-08-31'] }),
      ].filter((id) => within.has(id)).length,
    );
    expect(early.coalitions.get('wuc-statement-2022-08-31')!).toBeLessThan(
      all.coalitions.get('wuc-statement-2022-08-31')!,
    );
  });

  it('null keeps the plain counts', () => {
    expect(facetCounts(ds, index, NO_FILTERS, null)).toEqual(facetCounts(ds, index, NO_FILTERS));
  });
});
