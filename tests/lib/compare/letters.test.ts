import { describe, expect, it } from 'vitest';
import {
  compareLetters,
  letterTest,
  lettersOf,
  partValue,
} from '../../../src/lib/compare/letters.ts';
import { parseViewState, serializeViewState } from '../../../src/lib/url/state.ts';
import { FACETS } from '../../../src/lib/graph/facets.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { visibleIds } from '../../../src/lib/graph/filter.ts';
import { emptyFilters } from '../../../src/lib/graph/facets.ts';
import { twoLetters } from '../import/fixture.ts';

const { dataset, project } = twoLetters();
const [a, b] = project.letters.map((l) => l.node) as [string, string];
const MARCH = 'open-letter-2022-03-08';

describe('lettersOf', () => {
  it('lists the three letters by date; one signer (UNPO) is not a list', () => {
    expect(lettersOf(dataset).map((l) => [l.id, l.date])).toEqual([
      [MARCH, '2022-03-08'],
      [a, '2023-06-14'],
      [b, '2024-02-02'],
    ]);
  });
});

describe('compareLetters A and B', () => {
  const c = compareLetters(dataset, a, b);
  it('3 signed both, 6 only A, 4 only B, with their names', () => {
    expect(c.both.map((n) => n.name)).toEqual([
      'Amnesty International',
      "Uyghur Women's Network in Sweden",
      'World Uyghur Congress',
    ]);
    expect([c.onlyA.length, c.onlyB.length]).toEqual([6, 4]);
    expect(c.onlyB.map((n) => n.name)).toEqual([
      'East Turkistan Association in Finland',
      'Free Tibet Circle of Ireland',
      'Hong Kong Democracy Council (HKDC)',
      'Kazakh Voices Abroad',
    ]);
  });
  it('splits them by group and by region', () => {
    expect(c.byGroup).toEqual([
      { key: 'diaspora', both: 2, onlyA: 2, onlyB: 2 },
      { key: 'solidarity', both: 0, onlyA: 2, onlyB: 2 },
      { key: 'academic', both: 0, onlyA: 1, onlyB: 0 },
      { key: 'international', both: 1, onlyA: 0, onlyB: 0 },
      { key: 'none', both: 0, onlyA: 1, onlyB: 0 },
    ]);
    expect(c.byRegion.find((r) => r.key === 'Europe')).toEqual({
      key: 'Europe',
      both: 3,
      onlyA: 0,
      onlyB: 2,
    });
  });
});

describe('the Letters facet', () => {
  const index = indexGraph(dataset);
  const letters = FACETS.find((f) => f.key === 'letters')!;
  it('offers all, one and each letter only with two letters or more', () => {
    expect(letters.values(dataset)).toEqual(['all', 'one', MARCH, a, b]);
    expect(letters.label?.('all', dataset)).toBe('Signed all 3');
  });
  it.each([
    { values: ['all'], expected: 2 },
    { values: [a], expected: 9 + 1 },
    // 186 of the 8 March letter alone, 4 of A alone, 2 of B alone.
    { values: ['one'], expected: 186 + 4 + 2 },
  ])('$values keeps $expected actors', ({ values, expected }) => {
    const test = letterTest(
      dataset.links,
      lettersOf(dataset).map((l) => l.id),
      values,
    );
    expect(dataset.nodes.filter(test).length).toBe(expected);
    expect(
      visibleIds(dataset, index, { ...emptyFilters(), letters: values }).size,
    ).toBeGreaterThanOrEqual(expected);
  });
});

describe('a part of a comparison as a Letters value', () => {
  const letters = lettersOf(dataset).map((l) => l.id);
  const facet = FACETS.find((f) => f.key === 'letters')!;
  const c = compareLetters(dataset, a, b);
  const kept = (value: string) =>
    dataset.nodes.filter(letterTest(dataset.links, letters, [value])).map((n) => n.id);
  it.each([
    { part: 'both', ids: () => c.both.map((n) => n.id) },
    { part: 'onlyA', ids: () => c.onlyA.map((n) => n.id) },
    { part: 'onlyB', ids: () => c.onlyB.map((n) => n.id) },
  ] as const)('$part keeps exactly the names the comparison lists', (row) => {
    expect(kept(partValue(row.part, a, b)).sort()).toEqual(row.ids().sort());
  });
  it('"both" keeps the same actors whichever letter is A', () => {
    expect(kept(partValue('both', b, a)).sort()).toEqual(kept(partValue('both', a, b)).sort());
    expect(partValue('onlyB', a, b)).toBe(partValue('onlyA', b, a));
  });
  it('is accepted in a link, named in the summary, and not listed in the panel', () => {
    const value = partValue('onlyA', a, b);
    const view = parseViewState(`?letters=${encodeURIComponent(value)}`, dataset);
    expect(view.state.filters.letters).toEqual([value]);
    expect(view.notices).toEqual([]);
    expect(serializeViewState(view.state)).toBe(`?letters=${encodeURIComponent(value)}`);
    expect(facet.values(dataset)).not.toContain(value);
    const name = (id: string) => dataset.nodes.find((n) => n.id === id)!.name;
    expect(facet.label?.(value, dataset)).toBe(`Signed ${name(a)}, not ${name(b)}`);
    expect(facet.label?.(partValue('both', a, b), dataset)).toBe(
      `Signed ${name(a)} and ${name(b)}`,
    );
  });
  it('an unknown pair is dropped with a notice', () => {
    const view = parseViewState(`?letters=${encodeURIComponent(`both~${a}~nope`)}`, dataset);
    expect(view.state.filters.letters).toEqual([]);
    expect(view.notices).toHaveLength(1);
  });
});
