import { describe, expect, it } from 'vitest';
import { foldPhrase, foldText } from '../../../src/lib/pipeline/fold.ts';
import { findPartialPhrase, findPhrase } from '../../../src/lib/pipeline/phrase.ts';

describe('foldText', () => {
  it.each([
    {
      name: 'plain text is unchanged',
      input: 'abc',
      text: 'abc',
      starts: [0, 1, 2],
      ends: [1, 2, 3],
    },
    {
      name: 'a run of U+00A0 and spaces becomes one space',
      input: 'a\u00A0 \nb',
      text: 'a b',
      starts: [0, 1, 4],
      ends: [1, 4, 5],
    },
    {
      name: 'curly quotes and apostrophes become straight',
      input: '\u201Cl\u2019H\u2018\u201D',
      text: `"l'H'"`,
      starts: [0, 1, 2, 3, 4, 5],
      ends: [1, 2, 3, 4, 5, 6],
    },
    {
      name: 'a surrogate pair keeps its two units',
      input: 'x😀',
      text: 'x😀',
      starts: [0, 1, 2],
      ends: [1, 2, 3],
    },
  ])('$name', ({ input, text, starts, ends }) => {
    expect(foldText(input)).toEqual({ text, starts, ends });
  });

  it('folds and trims a phrase', () => {
    expect(foldPhrase('  \u201CMunich-based\u201D\u00A0 ')).toBe('"Munich-based"');
  });
});

describe('findPhrase', () => {
  const original =
    '\u201CWe are\u00A0 sad,\u201D said Dolkun\u00A0Isa. Isabel and Isa’s friend met 華人基督徒公義團契.';
  const doc = foldText(original);

  it.each([
    {
      name: 'straight quotes and one space match curly quotes and a no-break run',
      phrase: '"We are sad,"',
      expected: [{ start: 0, end: 14, quote: '\u201CWe are\u00A0 sad,\u201D' }],
    },
    {
      name: 'a no-break space inside a name',
      phrase: 'Dolkun Isa',
      expected: [{ start: 20, end: 30, quote: 'Dolkun\u00A0Isa' }],
    },
    {
      name: 'whole words only: Isa is not inside Isabel, but is before an apostrophe',
      phrase: 'Isa',
      expected: [
        { start: 27, end: 30, quote: 'Isa' },
        { start: 43, end: 46, quote: 'Isa' },
      ],
    },
    { name: 'case-sensitive', phrase: 'isa', expected: [] },
    {
      name: 'a word in Chinese script is bounded by other Han letters',
      phrase: '公義',
      expected: [],
    },
    {
      name: 'a whole name in Chinese script',
      phrase: '華人基督徒公義團契',
      expected: [{ start: 60, end: 69, quote: '華人基督徒公義團契' }],
    },
  ])('$name', ({ phrase, expected }) => {
    const spans = findPhrase(doc, foldPhrase(phrase));
    expect(spans.map((s) => ({ ...s, quote: original.slice(s.start, s.end) }))).toEqual(expected);
  });

  it('finds the same spans on a text searched once (a scan) and many times (its word index)', () => {
    const text = 'Isa (OMCT) Isa Isa, Isabel; 𝐀lpha 𝐀lpha beta… "Isa" Uyghur Congress Foundation.';
    const phrases = ['Isa', 'Isa Isa', '(OMCT)', 'OMCT', '𝐀lpha', 'beta…', '"Isa"', 'Congress'];
    const scanned = phrases.map((p) => findPhrase(foldText(text), p));
    const indexed = foldText(text);
    findPhrase(indexed, 'warm'); // the first search scans; the rest use the index
    expect(phrases.map((p) => findPhrase(indexed, p))).toEqual(scanned);
    // Counted from the text: Isa stands alone 3 times and in quotes once; Isa Isa overlaps itself.
    expect(scanned.map((s) => s.length)).toEqual([4, 1, 1, 1, 2, 1, 1, 1]);
  });

  it('reports matches that are only parts of words', () => {
    expect(findPartialPhrase(doc, 'Isabel')).toEqual([]);
    expect(findPartialPhrase(doc, 'sab')).toEqual([{ start: 33, end: 36 }]);
    expect(findPartialPhrase(doc, 'Isa')).toEqual([{ start: 32, end: 35 }]);
  });
});
