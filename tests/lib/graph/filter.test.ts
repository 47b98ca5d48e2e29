import { describe, expect, it } from 'vitest';
import {
  contextNodes,
  facetCounts,
  isFiltering,
  isLinkShown,
  NO_FILTERS,
  PRESETS,
  summary,
  visibleIds,
  type Filters,
} from '../../../src/lib/graph/filter.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { loadMini } from './mini.ts';

const ds = loadMini();
const before = structuredClone(ds);
const index = indexGraph(ds);
const f = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });

describe('visibleIds', () => {
  it.each([
    { name: 'no filters: everything', filters: NO_FILTERS, expected: ds.nodes.map((n) => n.id) },
    {
      name: 'only diaspora: the groups, the letters they joined, the person who leads one',
      filters: PRESETS.diaspora,
      expected: [
        'open-letter-2022-03-08',
        'wuc-statement-2022-08-31',
        'japan-uyghur-association',
        'world-uyghur-congress',
        'dolkun-isa',
      ],
    },
    {
      name: 'only international NGOs: and the letter they signed',
      filters: PRESETS.international,
      expected: [
        'open-letter-2022-03-08',
        'amnesty-international',
        'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
        'world-organisation-against-torture-omct',
      ],
    },
    {
      name: 'region Europe: an organisation of unknown country is context, linked only to context',
      filters: f({ regions: ['Europe'] }),
      expected: [
        'open-letter-2022-03-08',
        'wuc-statement-2022-08-31',
        'amnesty-international',
        'world-organisation-against-torture-omct',
        'world-uyghur-congress',
        'dolkun-isa',
      ],
    },
    {
      name: 'country CN: a government carries a country; its spokesperson is context',
      filters: f({ countries: ['CN'] }),
      expected: ['chinese-foreign-ministry', 'wang-wenbin'],
    },
    {
      name: 'two groups OR',
      filters: f({ groups: ['diaspora', 'solidarity'] }),
      expected: [
        'open-letter-2022-03-08',
        'wuc-statement-2022-08-31',
        'hong-kong-democracy-council',
        'japan-uyghur-association',
        'world-uyghur-congress',
        'dolkun-isa',
      ],
    },
    {
      name: 'group AND region',
      filters: f({ groups: ['diaspora'], regions: ['Asia'] }),
      expected: ['open-letter-2022-03-08', 'japan-uyghur-association'],
    },
    {
      name: 'kind applies to all nodes',
      filters: f({ kinds: ['person'] }),
      expected: ['dolkun-isa', 'michelle-bachelet', 'wang-wenbin'],
    },
    {
      name: 'kind coalition with group diaspora: no visible group, so no context either',
      filters: f({ kinds: ['coalition'], groups: ['diaspora'] }),
      expected: [],
    },
    {
      name: 'coalition keeps the coalition and its members',
      filters: f({ coalitions: ['wuc-statement-2022-08-31'] }),
      expected: [
        'wuc-statement-2022-08-31',
        'un-office-on-genocide-prevention',
        'world-uyghur-congress',
      ].sort(),
    },
    {
      name: 'coalition AND group',
      filters: f({ coalitions: ['open-letter-2022-03-08'], groups: ['diaspora'] }),
      expected: ['open-letter-2022-03-08', 'japan-uyghur-association', 'world-uyghur-congress'],
    },
    {
      name: 'an unknown coalition id leaves nothing',
      filters: f({ coalitions: ['no-such-letter'] }),
      expected: [],
    },
  ])('$name', ({ filters, expected }) => {
    const copy = structuredClone(filters);
    const got = [...visibleIds(ds, index, filters)];
    expect(got.sort()).toEqual([...expected].sort());
    expect(filters).toEqual(copy);
  });

  it('returns ids in dataset order', () => {
    expect([...visibleIds(ds, index, PRESETS.diaspora)]).toEqual([
      'open-letter-2022-03-08',
      'wuc-statement-2022-08-31',
      'japan-uyghur-association',
      'world-uyghur-congress',
      'dolkun-isa',
    ]);
  });
});

describe('isLinkShown', () => {
  const shown = visibleIds(ds, index, PRESETS.diaspora);
  const between = ds.links.filter((l) => shown.has(l.source) && shown.has(l.target));
  const across = ds.links.filter((l) => !shown.has(l.source) || !shown.has(l.target));

  it('shows a link whose two ends the filters show, and no other', () => {
    expect(between.length).toBeGreaterThan(0);
    expect(across.length).toBeGreaterThan(0);
    expect(ds.links.filter((l) => isLinkShown(l, shown, null))).toEqual(between);
  });

  it("keeps out a link not yet made at the timeline's date", () => {
    const made = new Set(between.slice(1).map((l) => l.id));
    expect(between.filter((l) => isLinkShown(l, shown, made))).toEqual(between.slice(1));
  });
});

describe('isFiltering', () => {
  it.each([
    { filters: NO_FILTERS, expected: false },
    { filters: PRESETS.diaspora, expected: true },
    { filters: f({ coalitions: ['x'] }), expected: true },
    { filters: f({ kinds: ['report'] }), expected: true },
  ])('$filters → $expected', ({ filters, expected }) => {
    expect(isFiltering(filters)).toBe(expected);
  });
});

describe('facetCounts', () => {
  it('counts what each value alone matches, the other facets as they are (no filters)', () => {
    const c = facetCounts(ds, index, NO_FILTERS);
    // The matches only: "diaspora" is the 2 diaspora groups, not the letters and the leader
    // drawn beside them for context.
    expect(Object.fromEntries(c.groups)).toEqual({
      diaspora: 2,
      international: 3,
      solidarity: 1,
      national: 0,
      faith: 0,
      academic: 0,
      professional: 0,
      individual: 0,
      none: 8,
    });
    expect([...c.regions]).toEqual([
      ['Americas', 1],
      ['Asia', 2],
      ['Europe', 3],
    ]);
    expect([...c.countries]).toEqual([
      ['CH', 1],
      ['CN', 1],
      ['DE', 1],
      ['GB', 1],
      ['JP', 1],
      ['US', 1],
    ]);
    expect(Object.fromEntries(c.kinds)).toEqual({
      organisation: 6,
      person: 3,
      coalition: 2,
      government: 1,
      intergovernmental: 2,
      media: 0,
      report: 0,
    });
    expect([...c.coalitions]).toEqual([
      ['open-letter-2022-03-08', 8],
      ['wuc-statement-2022-08-31', 3],
    ]);
  });

  it('counts regions given the group filter, and groups replacing their own selection', () => {
    const filters = PRESETS.diaspora;
    const c = facetCounts(ds, index, filters);
    expect([...c.regions]).toEqual([
      ['Americas', 0],
      ['Asia', 1],
      ['Europe', 1],
    ]);
    expect(c.groups.get('international')).toBe(3);
    expect(c.groups.get('none')).toBe(3);
    expect(filters).toEqual(PRESETS.diaspora);
  });
});

describe('summary', () => {
  it.each([
    { filters: NO_FILTERS, expected: 'Showing all 14 nodes' },
    { filters: PRESETS.diaspora, expected: 'Showing 5 of 14 nodes · group: diaspora' },
    {
      filters: f({ countries: ['CN', 'JP'], kinds: ['government'] }),
      expected: 'Showing 1 of 14 nodes · country: China, Japan · kind: government',
    },
    {
      filters: f({ coalitions: ['wuc-statement-2022-08-31'] }),
      expected:
        'Showing 3 of 14 nodes · coalition: Statement of the World Uyghur Congress and more than 60 Uyghur organizations',
    },
  ])('$expected', ({ filters, expected }) => {
    expect(summary(ds, visibleIds(ds, index, filters), filters)).toBe(expected);
  });
});

it('summary names a letter by its shortest name, an alias when that is shorter', () => {
  const named = {
    ...ds,
    nodes: ds.nodes.map((n) =>
      n.id === 'open-letter-2022-03-08' ? { ...n, aliases: ['8 March letter'] } : n,
    ),
  };
  const filters = f({ coalitions: ['open-letter-2022-03-08'] });
  const shown = visibleIds(named, index, filters);
  expect(summary(named, shown, filters)).toBe(
    `Showing ${shown.size} of 14 nodes · coalition: 8 March letter`,
  );
});

describe('contextNodes', () => {
  it.each([
    { name: 'no filters: nothing is context', filters: NO_FILTERS, expected: [] },
    {
      name: 'only diaspora: the two letters and Dolkun Isa',
      filters: PRESETS.diaspora,
      expected: ['open-letter-2022-03-08', 'wuc-statement-2022-08-31', 'dolkun-isa'],
    },
    {
      name: 'only international: the letter they signed',
      filters: PRESETS.international,
      expected: ['open-letter-2022-03-08'],
    },
    { name: 'a kind alone has no context', filters: f({ kinds: ['organisation'] }), expected: [] },
  ])('$name', ({ filters, expected }) => {
    expect(contextNodes(ds, visibleIds(ds, index, filters), filters).map((n) => n.id)).toEqual(
      expected,
    );
  });
});

it('never mutates the dataset', () => expect(ds).toEqual(before));
