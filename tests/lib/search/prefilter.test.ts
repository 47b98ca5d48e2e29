import { describe, expect, it } from 'vitest';
import { bigrams, bigramSet, mayMatch } from '../../../src/lib/search/prefilter.ts';

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
