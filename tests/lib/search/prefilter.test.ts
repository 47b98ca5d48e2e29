import { describe, expect, it } from 'vitest';
import {
  bigrams,
  bigramSet,
  letterCounts,
  mayHoldLetters,
  mayMatch,
} from '../../../src/lib/search/prefilter.ts';
import { createWordMatcher } from '../../../src/lib/search/word-match.ts';

describe('bigrams', () => {
  it.each([
    { input: 'abab', expected: ['ab', 'ba', 'ab'] },
    { input: 'a', expected: [] },
    { input: '', expected: [] },
  ])('$input', ({ input, expected }) => expect(bigrams(input)).toEqual(expected));
});

describe('mayMatch', () => {
  // Thresholds as the word matcher sets them: (slips + 0.5) / length.
  it.each([
    { pattern: 'internatonal', slips: 3, text: 'international', expected: true },
    { pattern: 'internatonal', slips: 3, text: 'congress', expected: false },
    { pattern: 'norewgian', slips: 3, text: 'norwegian', expected: true },
    { pattern: 'norewgian', slips: 3, text: 'foundation', expected: false },
    { pattern: 'omct', slips: 1, text: 'omct', expected: true },
    { pattern: 'omct', slips: 1, text: 'anything', expected: false },
    { pattern: 'un', slips: 0, text: 'union', expected: true },
    { pattern: 'un', slips: 0, text: 'fund', expected: true }, // a pair in common: Fuse decides
    { pattern: 'un', slips: 0, text: 'nation', expected: false },
    { pattern: 'tibet', slips: 2, text: 'anything', expected: true }, // the bound says nothing
    { pattern: 'x'.repeat(40), slips: 3, text: 'nothing alike', expected: true }, // Fuse chunks it
  ])('"$pattern" ($slips slips) in "$text" → $expected', ({ pattern, slips, text, expected }) => {
    const threshold = (slips + 0.5) / pattern.length;
    expect(mayMatch(pattern, threshold)(bigramSet([text]))).toBe(expected);
  });
});

describe('mayHoldLetters', () => {
  it.each([
    { pattern: 'river', edits: 2, text: 'rover', expected: true }, // r, v, e, r
    { pattern: 'river', edits: 2, text: 'river', expected: true },
    { pattern: 'river', edits: 2, text: 'tibet', expected: false }, // i, e: 2 < 3
    { pattern: 'tibet', edits: 2, text: 'anything', expected: false }, // where mayMatch says nothing
    { pattern: 'voice', edits: 2, text: 'voices', expected: true },
    { pattern: 'comite', edits: 2, text: 'commitee', expected: true },
    { pattern: 'uyghu', edits: 2, text: 'ughur', expected: true },
    { pattern: 'ab', edits: 2, text: 'zz', expected: true }, // more edits than letters
    // Letters outside a–z, 0–9 share a slot: more words pass, never fewer.
    { pattern: 'łódź', edits: 1, text: 'ćśżń', expected: true },
  ])('"$pattern" ($edits edits) in "$text" → $expected', ({ pattern, edits, text, expected }) => {
    expect(mayHoldLetters(pattern, edits)(letterCounts(text))).toBe(expected);
  });

  it('leaves the word matcher’s answers as they were for every word of a vocabulary', () => {
    const vocabulary = ['river', 'rover', 'riverton', 'free', 'voices', 'voice', 'tibet', 'uyghur'];
    const match = createWordMatcher(vocabulary);
    // Each word with one and two letters changed still finds itself and what it should.
    expect([...match('rivre').keys()].map((i) => vocabulary[i])).toContain('river');
    expect([...match('voises').keys()].map((i) => vocabulary[i])).toContain('voices');
    expect([...match('uyhgur').keys()].map((i) => vocabulary[i])).toEqual(['uyghur']);
    expect(match('qqqqq').size).toBe(0);
  });
});
