import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bigrams, bigramSet, mayMatch } from '../../../src/lib/search/prefilter.ts';
import { fold } from '../../../src/lib/text/fold.ts';
import { THRESHOLD } from '../../../src/lib/search/search.ts';
import { loadMini } from '../graph/mini.ts';

describe('bigrams', () => {
  it.each([
    { input: 'abab', expected: ['ab', 'ba', 'ab'] },
    { input: 'a', expected: [] },
    { input: '', expected: [] },
  ])('$input', ({ input, expected }) => expect(bigrams(input)).toEqual(expected));
});

describe('mayMatch', () => {
  it.each([
    { pattern: 'amnesty internatonal', text: 'amnesty international', expected: true },
    { pattern: 'amnesty internatonal', text: 'world uyghur congress', expected: false },
    { pattern: 'omct', text: 'world organisation against torture (omct)', expected: true },
    { pattern: 'omct', text: 'anything at all', expected: false },
    { pattern: 'x'.repeat(40), text: 'nothing alike', expected: true }, // Fuse chunks it
  ])('"$pattern" in "$text" → $expected', ({ pattern, text, expected }) => {
    expect(mayMatch(pattern, THRESHOLD)(bigramSet([text]))).toBe(expected);
  });

  // The filter must never drop a text Fuse would match: check every name and alias of the
  // fixture against typo'd, cut and joined queries made from them.
  const texts = loadMini()
    .nodes.flatMap((n) => [n.name, ...n.aliases, n.description])
    .map(fold);
  const queries = texts.flatMap((t) => [
    t,
    t.slice(0, 12),
    t.slice(3, 20),
    t.replace(/[aeiou]/, ''),
    t.replace(/(.)(.)/, '$2$1'),
    `${t.slice(0, 6)}x${t.slice(7, 18)}`,
  ]);
  it(`keeps every text Fuse matches (${queries.length} queries × ${texts.length} texts)`, () => {
    let matched = 0;
    for (const q of queries.filter((q) => q.length >= 2)) {
      const test = mayMatch(q, THRESHOLD);
      for (const t of texts) {
        const fuse = new Fuse([t], { threshold: THRESHOLD, ignoreLocation: true });
        if (fuse.search(q).length > 0) {
          matched++;
          expect(test(bigramSet([t])), `"${q}" in "${t}"`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(queries.length / 2);
  });
});
