import { describe, expect, it } from 'vitest';
import { TextWords } from '../../../src/lib/search/text-words.ts';

/** Three actors' folded texts, as the index holds them (made up for the test). */
const TEXTS = [
  ['munich-based world uyghur congress', 'a statement on its website'],
  ['the uyghur human rights project (uhrp)'],
  ['based in washington', '2022 report'],
];

function index(): TextWords {
  const t = new TextWords();
  TEXTS.forEach((texts, i) => t.add(i, texts));
  t.finish();
  return t;
}
const which = (m: Uint8Array | null) => (m === null ? null : [...m.keys()].filter((i) => m[i]));

describe('TextWords.candidates', () => {
  const cases = [
    { q: 'munich', expected: [0] },
    { q: 'mun', expected: [0] },
    { q: 'based', expected: [0, 2] },
    { q: 'uyghur h', expected: [0, 1] },
    { q: 'uhrp', expected: [1] },
    { q: '2022', expected: [2] },
    { q: 'nich', expected: [] },
    { q: 'zz', expected: [] },
    // Not starting with a letter or digit: every actor may hold it.
    { q: '(uhrp', expected: null },
  ];
  for (const c of cases) {
    it(`"${c.q}" → ${JSON.stringify(c.expected)}`, () => {
      expect(which(index().candidates(c.q))).toEqual(c.expected);
    });
  }

  it('a word after an astral letter starts where the search sees a word start', () => {
    const t = new TextWords();
    t.add(0, ['\u{1D400}munich']);
    t.finish();
    expect(which(t.candidates('munich'))).toEqual([0]);
  });
});
