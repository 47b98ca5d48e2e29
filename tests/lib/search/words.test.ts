import { describe, expect, it } from 'vitest';
import { acronym, words } from '../../../src/lib/search/words.ts';

describe('words', () => {
  it.each([
    {
      input: 'world organisation against torture (omct)',
      expected: ['world', 'organisation', 'against', 'torture', 'omct'],
    },
    {
      input: 'le comite pour la liberte a hong-kong',
      expected: ['le', 'comite', 'pour', 'la', 'liberte', 'a', 'hong', 'kong'],
    },
    { input: "lawyers' rights watch", expected: ['lawyers', 'rights', 'watch'] },
    { input: 'u.n. office', expected: ['u', 'n', 'office'] },
    { input: 'malaysia4uyghur', expected: ['malaysia4uyghur'] },
    { input: '華人基督徒公義團契', expected: ['華人基督徒公義團契'] },
    { input: ' - ', expected: [] },
  ])('$input', ({ input, expected }) => expect(words(input)).toEqual(expected));
});

describe('acronym', () => {
  it.each([
    { input: 'world uyghur congress', expected: 'wuc' },
    { input: 'office of the high commissioner for human rights', expected: 'ohchr' },
    { input: 'euro-mediterranean federation', expected: 'emf' },
    { input: 'uyghur refugee relief fund', expected: 'urrf' },
    { input: '21wilberforce', expected: '' },
  ])('$input → $expected', ({ input, expected }) => expect(acronym(input)).toBe(expected));
});
