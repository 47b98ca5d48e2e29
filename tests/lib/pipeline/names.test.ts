import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../src/lib/pipeline/countries.ts';
import { jaccard, similarNames, tokens } from '../../../src/lib/pipeline/similar.ts';
import { slugify } from '../../../src/lib/text/slug.ts';

describe('slugify', () => {
  it.each([
    { input: 'World Uyghur Congress', expected: 'world-uyghur-congress' },
    {
      input: 'Alliance des Avocats pour les Droits de l’Homme',
      expected: 'alliance-des-avocats-pour-les-droits-de-l-homme',
    },
    {
      input: 'Fédération Euro-méditerranéenne contre les disparitions Forcées',
      expected: 'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
    },
    {
      input: 'World Organisation Against Torture (OMCT)',
      expected: 'world-organisation-against-torture-omct',
    },
    {
      input: 'Chinese Christian Fellowship of Righteousness 華人基督徒公義團契',
      expected: 'chinese-christian-fellowship-of-righteousness',
    },
    { input: '21Wilberforce', expected: '21wilberforce' },
    { input: '華人', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('placeOf', () => {
  it.each([
    { code: 'DE', expected: { region: 'Europe', subregion: 'Western Europe' } },
    { code: 'HK', expected: { region: 'Asia', subregion: 'Eastern Asia' } },
    { code: 'TW', expected: { region: 'Asia', subregion: 'Eastern Asia' } },
    { code: 'UK', expected: null },
  ])('$code', ({ code, expected }) => {
    expect(placeOf(code)).toEqual(expected);
  });
});

describe('similar names', () => {
  it('tokenises without accents, case or filler words', () => {
    expect([...tokens('Alliance des Avocats pour les Droits de l’Homme')]).toEqual([
      'alliance',
      'avocats',
      'droits',
      'homme',
    ]);
    expect(jaccard(tokens('Uyghur Academy'), tokens('Uyghur Academy Foundation'))).toBeCloseTo(
      2 / 3,
      10,
    );
  });

  it('reports near-duplicates, best first, and not branches in two different countries', () => {
    const names = [
      'Uyghur Academy',
      'World Uyghur Congress',
      'Stop Uyghur Genocide Australia',
      'Uyghur Academy Foundation',
      'Stop Uyghur Genocide Canada',
      'World Uyghur Congress Foundation',
      'Amnesty International',
    ];
    const input = [...names];
    expect(similarNames(names)).toEqual([
      { a: 'World Uyghur Congress', b: 'World Uyghur Congress Foundation', score: 0.75 },
      { a: 'Uyghur Academy', b: 'Uyghur Academy Foundation', score: 2 / 3 },
    ]);
    expect(names).toEqual(input);
  });
});
