import { describe, expect, it } from 'vitest';
import { buildIndex, candidates } from '../../../src/lib/search/index.ts';
import { createWordMatcher } from '../../../src/lib/search/word-match.ts';
import { words } from '../../../src/lib/search/words.ts';
import { loadMini } from '../graph/mini.ts';

describe('buildIndex on the mini fixture', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const ix = buildIndex(ds);
  const ids = (list: Iterable<number>) => [...list].map((i) => ds.nodes[i]!.id).sort();

  it('indexes each name, alias and country once, in words of one vocabulary', () => {
    const omct = ix.entries.find(
      (e) => ds.nodes[e.i]!.id === 'world-organisation-against-torture-omct',
    )!;
    expect(omct.names.map((n) => [n.field, n.joined])).toEqual([
      ['name', 'world organisation against torture omct'],
      ['alias', 'omct'],
      ['alias', 'world organisation against torture'],
      ['alias', 'organisation mondiale contre la torture'],
      ['country', 'switzerland'],
    ]);
    expect(new Set(ix.vocabulary).size).toBe(ix.vocabulary.length);
  });

  it('lists the actors holding a word, and by acronym', () => {
    expect(ids(ix.postings[ix.vocabulary.indexOf('uyghur')]!)).toEqual([
      'japan-uyghur-association',
      'world-uyghur-congress',
      'wuc-statement-2022-08-31',
    ]);
    expect(ids(ix.acronyms.get('hkdc') ?? [])).toEqual(['hong-kong-democracy-council']);
  });

  it.each([
    // "uyghur" and "congress" match one word each: the first is taken, matchName does the rest.
    {
      q: 'uyghur congress',
      expected: ['japan-uyghur-association', 'world-uyghur-congress', 'wuc-statement-2022-08-31'],
    },
    { q: 'congress japan', expected: ['japan-uyghur-association'] },
    { q: 'japan uyghur', expected: ['japan-uyghur-association'] },
    { q: 'hkdc', expected: ['hong-kong-democracy-council'] },
    { q: 'ofice', expected: ['ohchr', 'un-office-on-genocide-prevention'] },
  ])(
    'candidates of "$q": the actors holding a match of its word matching fewest',
    ({ q, expected }) => {
      const match = createWordMatcher(ix.vocabulary);
      const qw = words(q);
      const parts = { joined: q, core: q, matches: qw.map(match), optional: qw.map(() => false) };
      expect(ids(candidates(ix, parts))).toEqual(expected.sort());
    },
  );

  it('does not mutate the dataset', () => expect(ds).toEqual(before));
});
