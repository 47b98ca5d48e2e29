import { describe, expect, it } from 'vitest';
import { chipLabels, sourceLabel, sourceLabels } from '../../../src/lib/evidence/source-label.ts';
import type { DocumentKind } from '../../../src/lib/types.ts';

const doc = (publisher: string, kind: DocumentKind = 'news-report') => ({ publisher, kind });
const letter = doc('192 signatory organisations (joint open letter)', 'open-letter');
const voa = doc('VOA (Voice of America)');
const unpo = doc('UNPO (Unrepresented Nations and Peoples Organization)');

describe('sourceLabel', () => {
  it.each([
    { name: 'drops the gloss in parentheses', input: voa, expected: 'VOA' },
    {
      name: 'a letter is "Open letter", not its signatories',
      input: letter,
      expected: 'Open letter',
    },
    {
      name: 'keeps a publisher with no gloss',
      input: doc('Daily Caller', 'news-report'),
      expected: 'Daily Caller',
    },
  ])('$name', ({ input, expected }) => {
    expect(sourceLabel(input)).toBe(expected);
  });
});

describe('sourceLabels', () => {
  it.each([
    { name: 'distinct documents stay unnumbered', input: [voa, unpo], expected: ['VOA', 'UNPO'] },
    {
      name: 'a document cited twice is numbered in order',
      input: [voa, unpo, voa],
      expected: ['VOA 1', 'UNPO', 'VOA 2'],
    },
    { name: 'no citations, no labels', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    const before = structuredClone(input);
    expect(sourceLabels(input)).toEqual(expected);
    expect(input).toEqual(before);
  });
});

describe('chipLabels', () => {
  const names = new Set(['World Uyghur Congress']);
  const isName = (q: string) => names.has(q);
  it('names a quote that is an actor by itself, the rest by their numbered publisher', () => {
    const input = [
      { quote: 'World Uyghur Congress', doc: voa },
      { quote: '8 March, 2022', doc: letter },
      { quote: '“It paves the way for meaningful and tangible action”', doc: voa },
      { quote: 'Accountability starts now.', doc: voa },
    ];
    expect(chipLabels(input, isName)).toEqual([
      'World Uyghur Congress',
      'Open letter',
      'VOA 1',
      'VOA 2',
    ]);
  });
});
