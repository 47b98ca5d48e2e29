import { describe, expect, it } from 'vitest';
import {
  compareMatches,
  hasPhrase,
  matchName,
  TIER,
  COUNTRY_AFTER,
  type IndexedName,
  type NameMatch,
} from '../../../src/lib/search/rank.ts';
import { createWordMatcher } from '../../../src/lib/search/word-match.ts';
import { acronym, SMALL_WORDS, words } from '../../../src/lib/search/words.ts';

// A vocabulary of a few names, indexed as buildIndex does.
const vocabulary: string[] = [];
function indexed(raw: string, field: IndexedName['field'] = 'name'): IndexedName {
  const ws = words(raw);
  return {
    field,
    raw,
    words: ws.map((w) => (vocabulary.includes(w) ? vocabulary.indexOf(w) : vocabulary.push(w) - 1)),
    letters: ws.join('').length,
    joined: ws.join(' '),
    acronym: acronym(raw),
  };
}
const URRF = indexed('uyghur refugee relief fund');
const TYAE = indexed('tibetan youth association in europe');
const WUC = indexed('world uyghur congress');
const MB = indexed('michelle bachelet');
const NORWAY = indexed('norway', 'country');
const US = indexed('united states', 'country');
const match = createWordMatcher(vocabulary);
function query(text: string) {
  const qw = words(text);
  const optional = qw.map((w, k) => k < qw.length - 1 && SMALL_WORDS.has(w));
  return {
    joined: qw.join(' '),
    core: qw.filter((_, k) => !optional[k]).join(' '),
    matches: qw.map(match),
    optional,
  };
}

describe('matchName', () => {
  it.each([
    { name: WUC, q: 'world uyghur congress', tier: TIER.exact, coverage: 1 },
    { name: WUC, q: 'the world uyghur congress', tier: TIER.exact, coverage: 1 },
    { name: WUC, q: 'world uyghur con', tier: TIER.phrase, coverage: 14 / 19 },
    { name: WUC, q: 'uyghur congress', tier: TIER.phrase, coverage: 14 / 19 },
    { name: WUC, q: 'wuc', tier: TIER.phrase, coverage: 1 },
    { name: URRF, q: 'uyghur relief fund', tier: TIER.words, coverage: 16 / 23 },
    { name: URRF, q: 'fund uyghur', tier: TIER.words, coverage: 10 / 23, inOrder: false },
    {
      name: TYAE,
      q: 'association europe tibetan',
      tier: TIER.words,
      coverage: 24 / 31,
      inOrder: false,
    },
    { name: TYAE, q: 'tibe yout asso', tier: TIER.words, coverage: 12 / 31 },
    { name: TYAE, q: 'tibetan youht asociation', tier: TIER.slips, coverage: 22 / 31, slips: 2 },
    // "uyhgur": two slips in six letters, more than one in four: far-fetched.
    { name: WUC, q: 'wrold uyhgur', tier: TIER.farSlips, coverage: 11 / 19, slips: 4 },
    { name: MB, q: 'munich', tier: TIER.farSlips, coverage: 6 / 16, slips: 2 },
    { name: NORWAY, q: 'norway', tier: TIER.exact + COUNTRY_AFTER, coverage: 1 },
    { name: NORWAY, q: 'nor', tier: TIER.phrase + COUNTRY_AFTER, coverage: 3 / 6 },
  ])(
    '"$q" in "$name.raw": tier $tier',
    ({ name, q, tier, coverage, slips = 0, inOrder = true }) => {
      const m = matchName(name, query(q));
      expect(m).not.toBeNull();
      expect(m!.tier).toBe(tier);
      expect(m!.coverage).toBeCloseTo(coverage);
      expect(m!.slips).toBe(slips);
      expect(m!.inOrder).toBe(inOrder);
    },
  );

  it.each([
    { name: URRF, q: 'uyghur relief foundation' }, // every word must match
    { name: WUC, q: 'world uyghur of' }, // a small word at the end may be a word being typed
    { name: WUC, q: 'ghur' }, // at the start of a word, or a slip from it ("yghur" is one)
    { name: MB, q: 'maria' }, // 3 slips from "miche…": too many for 5 letters
    { name: US, q: 'us' }, // a country's initials are not its acronym
  ])('"$q" does not match "$name.raw"', ({ name, q }) => {
    expect(matchName(name, query(q))).toBeNull();
  });

  it('may skip a small word inside the query, not the last one', () => {
    expect(matchName(TYAE, query('tibetan youth association of europe'))?.tier).toBe(TIER.words);
    expect(matchName(TYAE, query('tibetan youth association of'))).toBeNull();
  });
});

describe('hasPhrase', () => {
  it.each([
    { joined: 'world uyghur congress', q: 'world uyghur con', expected: true },
    { joined: 'world uyghur congress', q: 'uyghur congress', expected: true },
    { joined: 'world uyghur congress', q: 'yghur', expected: false },
    { joined: 'world uyghur congress', q: '', expected: false },
  ])('"$q" in "$joined" → $expected', ({ joined, q, expected }) => {
    expect(hasPhrase(joined, q)).toBe(expected);
  });
});

describe('compareMatches', () => {
  const m = (tier: number, coverage: number, slips = 0, inOrder = true): NameMatch => ({
    tier,
    coverage,
    slips,
    inOrder,
  });
  it('orders by tier, then coverage, then slips, then the query order kept', () => {
    const list = [m(2, 0.5), m(1, 0.2), m(2, 0.9), m(2, 0.5, 1), m(2, 0.5, 0, false)];
    expect(list.sort(compareMatches)).toEqual([
      m(1, 0.2),
      m(2, 0.9),
      m(2, 0.5),
      m(2, 0.5, 0, false),
      m(2, 0.5, 1),
    ]);
  });
});
