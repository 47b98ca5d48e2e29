import { describe, expect, it } from 'vitest';
import { compareLetters, letterTest, lettersOf } from '../../../src/lib/compare/letters.ts';
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
