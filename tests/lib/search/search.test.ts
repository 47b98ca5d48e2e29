import { describe, expect, it } from 'vitest';
import {
  createSearch,
  fold,
  warmUpQueries,
  type SearchHit,
} from '../../../src/lib/search/search.ts';
import { loadMini } from '../graph/mini.ts';
import type { Dataset } from '../../../src/lib/types.ts';

describe('fold', () => {
  it.each([
    { input: 'Fédération Euro-méditerranéenne', expected: 'federation euro-mediterraneenne' },
    { input: '  World\u00a0Uyghur \n Congress ', expected: 'world uyghur congress' },
    { input: '‘Serious’ “Rights”', expected: `'serious' "rights"` },
    { input: 'Doğu Türkistan Işık', expected: 'dogu turkistan isik' },
    { input: 'Straße – Øresund', expected: 'strasse - oresund' },
    { input: '', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('createSearch on the mini fixture', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const search = createSearch(ds);
  const top = (q: string, n = 3) => search(q, n).map((h) => h.id);

  it.each([
    { query: 'amnesty internatonal', first: 'amnesty-international', field: 'name' },
    {
      query: 'federation euro-mediterraneenne',
      first: 'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
      field: 'name',
    },
    {
      query: 'FÉDÉRATION EURO',
      first: 'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
      field: 'name',
    },
    { query: 'omct', first: 'world-organisation-against-torture-omct', field: 'name' },
    {
      query: 'femed',
      first: 'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
      field: 'alias',
    },
    { query: 'wuc', first: 'world-uyghur-congress', field: 'alias' },
    { query: 'dolkun', first: 'dolkun-isa', field: 'name' },
    { query: 'dolkn', first: 'dolkun-isa', field: 'name' },
    { query: 'munich', first: 'world-uyghur-congress', field: 'excerpt' },
    { query: 'japan', first: 'japan-uyghur-association', field: 'name' },
    { query: 'china', first: 'chinese-foreign-ministry', field: 'country' },
    { query: 'switzerland', first: 'world-organisation-against-torture-omct', field: 'country' },
    { query: 'spokesperson', first: 'wang-wenbin', field: 'description' },
  ] as { query: string; first: string; field: SearchHit['field'] }[])(
    '"$query" → $first by $field',
    ({ query, first, field }) => {
      const [hit] = search(query);
      expect(hit?.id).toBe(first);
      expect(hit?.field).toBe(field);
    },
  );

  it('reports the original text that matched and the node facts', () => {
    expect(search('munich', 1)[0]).toEqual({
      id: 'world-uyghur-congress',
      name: 'World Uyghur Congress',
      kind: 'organisation',
      group: 'diaspora',
      score: expect.any(Number),
      field: 'excerpt',
      matched:
        'In a statement on its website, Munich-based World Uyghur Congress and more than 60 Uyghur organizations around the world called on the U.N. to establish a commission of inquiry.',
    });
    expect(search('switzerland', 1)[0]?.matched).toBe('Switzerland');
  });

  it('ranks exact names and word prefixes before long texts that mention them', () => {
    expect(top('uyghur', 2).sort()).toEqual(['japan-uyghur-association', 'world-uyghur-congress']);
    expect(top('world uyghur congress', 1)).toEqual(['world-uyghur-congress']);
  });

  it.each([
    { query: '', expected: [] },
    { query: ' ', expected: [] },
    { query: 'x', expected: [] },
    { query: 'zzzzqqqq', expected: [] },
  ])('"$query" finds nothing', ({ query, expected }) => {
    expect(search(query)).toEqual(expected);
  });

  it('respects the limit', () => {
    expect(search('uyghur', 2)).toHaveLength(2);
    expect(search('uyghur').length).toBeGreaterThan(2);
  });

  it('does not mutate the dataset', () => expect(ds).toEqual(before));
});

describe('warmUpQueries', () => {
  /** Only the names matter here. */
  const named = (...names: string[]) =>
    ({ nodes: names.map((name, i) => ({ id: `n${i}`, name })) }) as unknown as Dataset;

  it('types each name from two letters to twelve, after the fixed queries', () => {
    expect(warmUpQueries(named('Uyghur Aid', 'A', 'World Uyghur Congress'))).toEqual([
      'am',
      'amnesty internatonal',
      'uyghu relief fund',
      ...['Uy', 'Uyg', 'Uygh', 'Uyghu', 'Uyghur', 'Uyghur ', 'Uyghur A', 'Uyghur Ai'],
      'Uyghur Aid',
      ...['Wo', 'Wor', 'Worl', 'World', 'World ', 'World U', 'World Uy', 'World Uyg'],
      ...['World Uygh', 'World Uyghu', 'World Uyghur'],
    ]);
  });

  it('takes eight names spread over a long file', () => {
    const names = Array.from({ length: 80 }, (_, i) => `Name ${String(i).padStart(2, '0')} x`);
    const whole = warmUpQueries(named(...names)).filter((q) => names.includes(q));
    expect(whole).toEqual(
      ['05', '15', '25', '35', '45', '55', '65', '75'].map((i) => `Name ${i} x`),
    );
  });
});
