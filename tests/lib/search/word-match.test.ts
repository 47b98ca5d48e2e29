import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/text/fold.ts';
import { createWordMatcher, fuseOptions, typos } from '../../../src/lib/search/word-match.ts';
import { words } from '../../../src/lib/search/words.ts';
import { loadMini } from '../graph/mini.ts';

describe('typos', () => {
  it.each([
    { length: 1, expected: 0 },
    { length: 3, expected: 0 },
    { length: 4, expected: 1 },
    { length: 5, expected: 2 },
    { length: 7, expected: 2 },
    { length: 8, expected: 3 },
    { length: 20, expected: 3 },
  ])('$length letters → $expected', ({ length, expected }) => expect(typos(length)).toBe(expected));
});

describe('createWordMatcher', () => {
  const vocabulary = [
    'uyghur',
    'uygur',
    'union',
    'norwegian',
    'committee',
    'rights',
    'copyrights',
    'human',
    'humanitarian',
    'china',
    'chinese',
    'michelle',
  ];
  const match = createWordMatcher(vocabulary);
  const show = (q: string) =>
    Object.fromEntries(
      [...match(q)].map(([i, m]) => [vocabulary[i], `${m.kind} ${m.slips} ${m.covered}`]),
    );

  it.each([
    // word → { matched word: "kind slips letters-covered" }
    { word: 'uyghur', expected: { uyghur: 'exact 0 6', uygur: 'fuzzy 1 5' } },
    { word: 'uyhgur', expected: { uyghur: 'fuzzy 2 6', uygur: 'fuzzy 1 5' } },
    { word: 'norewgian', expected: { norwegian: 'fuzzy 2 9' } },
    { word: 'commitete', expected: { committee: 'fuzzy 1 9' } },
    { word: 'huma', expected: { human: 'prefix 0 4', humanitarian: 'prefix 0 4' } },
    // Anchored at the start of the word: not inside "copyrights".
    { word: 'righ', expected: { rights: 'prefix 0 4' } },
    { word: 'china', expected: { china: 'exact 0 5', chinese: 'fuzzy 1 5' } },
    // Up to 3 letters, no slips: "un" is the start of "union" only.
    { word: 'un', expected: { union: 'prefix 0 2' } },
    { word: 'uni', expected: { union: 'prefix 0 3' } },
    { word: 'u', expected: { uyghur: 'prefix 0 1', uygur: 'prefix 0 1', union: 'prefix 0 1' } },
    { word: 'munich', expected: { michelle: 'fuzzy 2 6' } },
    { word: 'zzzz', expected: {} },
  ])('"$word"', ({ word, expected }) => expect(show(word)).toEqual(expected));

  it('answers a word again from memory, the same', () => {
    expect(match('uyhgur')).toBe(match('uyhgur'));
  });

  // The pre-filter must change nothing: every word of the fixture's names, typo'd and cut,
  // against every word, as Fuse alone on the whole vocabulary would answer.
  const vocab = [
    ...new Set(
      loadMini().nodes.flatMap((n) => [n.name, ...n.aliases].flatMap((s) => words(fold(s)))),
    ),
  ];
  const queries = [
    ...new Set(
      vocab.flatMap((w) => [
        w,
        w.slice(0, 4),
        w.slice(1),
        w.replace(/[aeiou]/, ''),
        w.replace(/(.)(.)/, '$2$1'),
        `${w.slice(0, 3)}x${w.slice(4)}`,
        `${w}s`,
        // Up to 3 letters: answered without Fuse (prefixMatches), so as Fuse would.
        w.slice(0, 1),
        w.slice(0, 2),
        w.slice(0, 3),
        w.slice(1, 3),
        w.slice(-2),
      ]),
    ),
  ].filter((q) => q !== '');
  it(`finds what Fuse alone finds (${queries.length} words × ${vocab.length})`, () => {
    const matcher = createWordMatcher(vocab);
    let found = 0;
    for (const q of queries) {
      const alone = new Fuse(vocab, fuseOptions(q.length)).search(q).map((r) => r.refIndex);
      const got = [...matcher(q).keys()];
      expect(
        got.sort((a, b) => a - b),
        q,
      ).toEqual(alone.sort((a, b) => a - b));
      found += got.length;
    }
    expect(found).toBeGreaterThan(queries.length);
  });

  it('answers a word of up to 3 letters as Fuse does: kinds, slips and letters covered', () => {
    const matcher = createWordMatcher(vocab);
    const short = queries.filter((q) => q.length <= 3);
    expect(short.length).toBeGreaterThan(50);
    for (const q of short) {
      const fuse = new Fuse(vocab, fuseOptions(q.length)).search(q).map((r) => {
        const w = r.item;
        const kind = w === q ? 'exact' : w.startsWith(q) ? 'prefix' : 'fuzzy';
        const slips = Math.round((r.score ?? 0) * q.length);
        return [r.refIndex, { kind, covered: Math.min(w.length, q.length), slips }];
      });
      expect([...matcher(q)], q).toEqual(fuse);
    }
  });
});
