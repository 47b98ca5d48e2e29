import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/pipeline/fold.ts';
import { sectionHeadings } from '../../../src/lib/pipeline/headings.ts';
import { findMentions, type NodePhrase } from '../../../src/lib/pipeline/mentions.ts';
import type { IndexedDocument } from '../../../src/lib/pipeline/sources.ts';

const headings = (text: string) => sectionHeadings(text).map((s) => text.slice(s.start, s.end));

describe('sectionHeadings', () => {
  it.each([
    {
      name: 'a heading between paragraphs',
      text: 'A.\n\nUS response\n\nB.',
      expected: ['US response'],
    },
    {
      name: 'a curly apostrophe',
      text: 'A.\n\nChina\u2019s defense\n\nB.',
      expected: ['China\u2019s defense'],
    },
    {
      name: 'a kicker at the top',
      text: 'China News\n\nDiaspora Groups Urge Action After UN Report\n\nBody.',
      expected: ['China News'],
    },
    {
      name: 'no-break spaces on the blank lines',
      text: 'A.\n\u00A0\nUS response\n \nB.',
      expected: ['US response'],
    },
    {
      name: 'not a sentence',
      text: 'A.\n\nAccountability can wait no longer.\n\nB.',
      expected: [],
    },
    { name: 'not a closing byline', text: 'Body.\n\nBrianna Lyman\n', expected: [] },
    { name: 'not a labelled field', text: 'Source: www.example.org\n\nBody.', expected: [] },
    { name: 'not five words', text: 'A.\n\nA Uyghur Story Told Twice\n\nB.', expected: [] },
    { name: 'not a line inside a paragraph', text: 'A.\nUS response\nB.', expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(headings(text)).toEqual(expected);
  });
});

describe('findMentions and headings', () => {
  const text = 'China dismissed it.\n\nUS response\n\nThe U.S. welcomed it; US officials agreed.';
  const doc: IndexedDocument = {
    doc: {
      id: 'd',
      title: 'd',
      publisher: '',
      date: null,
      dateNote: '',
      kind: 'news-report',
      file: 'd.txt',
      originalFile: 'd.txt',
      text,
    },
    folded: foldText(text),
    order: 0,
  };
  const phrase = (node: string, t: string): NodePhrase => ({
    node,
    text: t,
    docs: null,
    mustOccur: true,
    where: `w:${node}`,
  });

  it('cites no actor inside a section heading, and the same word in a sentence still counts', () => {
    const { citations, errors } = findMentions(
      [doc],
      [phrase('us', 'US'), phrase('us', 'U.S.')],
      [],
    );
    expect(errors).toEqual([]);
    expect(citations.get('us')?.map((c) => [c.start, c.quote])).toEqual([
      [text.indexOf('U.S.'), 'U.S.'],
      [text.indexOf('US officials'), 'US'],
    ]);
  });
});
