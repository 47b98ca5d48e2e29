import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/pipeline/fold.ts';
import { locateQuote } from '../../../src/lib/pipeline/quotes.ts';
import type { IndexedDocument } from '../../../src/lib/pipeline/sources.ts';

const text = 'He said \u201Cno\u201D.\u00A0Then he said \u201Cno\u201D again.';
const meta = { title: 't', publisher: '', date: null, dateNote: '', kind: 'news-report' as const };
const doc: IndexedDocument = {
  doc: { id: 't', ...meta, file: 't.txt', originalFile: 't.txt', text },
  folded: foldText(text),
  order: 0,
};
const docs = new Map([['t', doc]]);

describe('locateQuote', () => {
  it.each([
    {
      name: 'a unique quote, typed with straight quotes and a plain space',
      ref: { doc: 't', quote: '"no". Then' },
      expected: { citation: { doc: 't', start: 8, end: 18, quote: '\u201Cno\u201D.\u00A0Then' } },
    },
    {
      name: 'the second of two, by occurrence',
      ref: { doc: 't', quote: 'said "no"', occurrence: 2 },
      expected: { citation: { doc: 't', start: 22, end: 31, quote: 'said \u201Cno\u201D' } },
    },
    {
      name: 'two without occurrence',
      ref: { doc: 't', quote: 'said "no"' },
      expected: {
        error:
          'quote "said \\"no\\"" occurs 2 times in "t" (at 3, 22); add "occurrence": N (1-based) or quote more words',
      },
    },
    {
      name: 'occurrence too high',
      ref: { doc: 't', quote: 'again', occurrence: 2 },
      expected: { error: '"occurrence": 2 but quote "again" occurs 1 time in "t"' },
    },
    {
      name: 'not found',
      ref: { doc: 't', quote: 'yes' },
      expected: { error: 'quote "yes" is not in "t"' },
    },
    {
      name: 'a long quote is shortened in the message',
      ref: { doc: 't', quote: 'x'.repeat(100) },
      expected: { error: `quote "${'x'.repeat(77)}…" is not in "t"` },
    },
  ])('$name', ({ ref, expected }) => {
    expect(locateQuote(docs, ref)).toEqual(expected);
  });
});
