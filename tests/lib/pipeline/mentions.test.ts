import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/pipeline/fold.ts';
import { findMentions, type NodePhrase } from '../../../src/lib/pipeline/mentions.ts';
import type { IndexedDocument } from '../../../src/lib/pipeline/sources.ts';

function doc(id: string, text: string, order: number): IndexedDocument {
  const meta = { title: id, publisher: '', date: null, dateNote: '', kind: 'news-report' as const };
  return {
    doc: { id, ...meta, file: `${id}.txt`, originalFile: `${id}.txt`, text },
    folded: foldText(text),
    order,
  };
}

const phrase = (
  node: string,
  text: string,
  docs: string[] | null = null,
  mustOccur = false,
): NodePhrase => ({
  node,
  text,
  docs,
  mustOccur,
  where: `w:${node}`,
});

const a = doc(
  'a',
  'The World Uyghur Congress Foundation and the World\u00A0Uyghur Congress met. WUC spoke.',
  0,
);
const b = doc('b', 'The letter was sent. Beijing replied to the letter.', 1);

describe('findMentions', () => {
  it('lets the longest phrase claim its span, and never claims a span twice', () => {
    const { citations, errors } = findMentions(
      [a],
      [
        phrase('wuc', 'World Uyghur Congress'),
        phrase('wuc', 'WUC'),
        phrase('wucf', 'World Uyghur Congress Foundation'),
      ],
      [],
    );
    expect(errors).toEqual([]);
    expect(citations.get('wucf')).toEqual([
      { doc: 'a', start: 4, end: 36, quote: 'World Uyghur Congress Foundation' },
    ]);
    expect(citations.get('wuc')).toEqual([
      { doc: 'a', start: 45, end: 66, quote: 'World\u00A0Uyghur Congress' },
      { doc: 'a', start: 72, end: 75, quote: 'WUC' },
    ]);
  });

  it('cites pre-claimed spans and keeps other phrases out of them', () => {
    const claim = { doc: 'a', node: 'wucf', start: 4, end: 36 };
    const { citations } = findMentions([a], [phrase('wuc', 'World Uyghur Congress')], [claim]);
    expect(citations.get('wucf')).toEqual([
      { doc: 'a', start: 4, end: 36, quote: 'World Uyghur Congress Foundation' },
    ]);
    expect(citations.get('wuc')).toEqual([
      { doc: 'a', start: 45, end: 66, quote: 'World\u00A0Uyghur Congress' },
    ]);
  });

  it('limits a phrase to the documents it names', () => {
    const { citations, errors } = findMentions(
      [a, b],
      [phrase('letter', 'the letter', ['b'], true)],
      [],
    );
    expect(errors).toEqual([]);
    expect(citations.get('letter')).toEqual([
      { doc: 'b', start: 40, end: 50, quote: 'the letter' },
    ]);
  });

  it.each([
    {
      name: 'two nodes share a phrase',
      phrases: [phrase('x', 'Beijing'), phrase('y', 'Beijing', ['b'])],
      expected: [
        'w:y: phrase "Beijing" also names "x" (w:x); a phrase may name one actor only (limit it with { "text", "docs" } if it means different actors in different documents)',
      ],
    },
    {
      name: 'a shared phrase in disjoint documents is fine',
      phrases: [phrase('x', 'Beijing', ['a']), phrase('y', 'Beijing', ['b'])],
      expected: [],
    },
    {
      name: 'a mention that occurs nowhere',
      phrases: [phrase('x', 'Brussels', null, true), phrase('y', 'letter', ['a'], true)],
      expected: [
        'w:x: mention "Brussels" does not occur in any document',
        'w:y: mention "letter" does not occur in document(s) a',
      ],
    },
    {
      name: 'an alias that occurs nowhere is fine (aliases serve search)',
      phrases: [phrase('x', 'Brussels')],
      expected: [],
    },
  ])('$name', ({ phrases, expected }) => {
    expect(findMentions([a, b], phrases, []).errors).toEqual(expected);
  });
});
