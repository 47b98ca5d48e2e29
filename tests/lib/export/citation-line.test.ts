import { describe, expect, it } from 'vitest';
import {
  CITATION_SEPARATOR,
  citationLine,
  citationLines,
} from '../../../src/lib/export/citation-line.ts';
import type { Citation, SourceDocument } from '../../../src/lib/types.ts';

/** A document whose spans are found by `indexOf`, never counted by hand. */
function doc(id: string, text: string, date: string | null = '2022-09-01'): SourceDocument {
  return {
    id,
    title: `Title of ${id}`,
    publisher: 'Publisher',
    date,
    dateNote: '',
    kind: 'news-report',
    file: `${id}.txt`,
    originalFile: `${id}.txt`,
    text,
  };
}
function cite(d: SourceDocument, quote: string, from = 0): Citation {
  const start = d.text.indexOf(quote, from);
  if (start === -1) throw new Error(`no "${quote}" in ${d.id}`);
  return { doc: d.id, start, end: start + quote.length, quote };
}

const news = doc(
  'news',
  'First sentence here. In a statement, Munich-based Example Congress and 60 groups called on the U.N. to act. Last one.\n',
);
const list = doc('list', 'Signatories:\nExample Congress\nAnother Group (Paris)\n', '2022-03-08');
const broken = doc('broken', 'She said "we will not wait,\n  not again" and left.', null);
const long = doc(
  'long',
  `Intro. The ${'very '.repeat(80)}long sentence names Example Congress at last.`,
);

describe('citationLine', () => {
  const cases = [
    {
      name: 'a mention inside a sentence: the whole sentence, offsets of the mention',
      doc: news,
      c: cite(news, 'Munich-based Example Congress'),
      expected:
        'Title of news (2022-09-01), characters 37–66: “In a statement, Munich-based Example ' +
        'Congress and 60 groups called on the U.N. to act.”',
    },
    {
      name: 'a line of a list: the line',
      doc: list,
      c: cite(list, 'Another Group'),
      expected: 'Title of list (2022-03-08), characters 30–43: “Another Group (Paris)”',
    },
    {
      name: 'a line break inside the sentence becomes a space; undated is n.d.',
      doc: broken,
      c: cite(broken, 'not again'),
      expected: 'Title of broken (n.d.), characters 30–39: “not again" and left.”',
    },
    {
      name: 'a span across a line break stays on one line',
      doc: broken,
      c: cite(broken, 'wait,\n  not'),
      expected:
        'Title of broken (n.d.), characters 22–33: “She said "we will not wait, not again" and left.”',
    },
    {
      name: 'an unknown document: its id and the quote',
      doc: undefined,
      c: { doc: 'gone', start: 3, end: 7, quote: 'four' },
      expected: 'gone, characters 3–7: “four”',
    },
  ];
  for (const { name, doc: d, c, expected } of cases) {
    it(name, () => expect(citationLine(d, c)).toBe(expected));
  }

  it('cuts a sentence over 280 characters at words, with ellipses, keeping the mention', () => {
    const line = citationLine(long, cite(long, 'Example Congress'));
    const sentence = /: “(.*)”$/.exec(line)?.[1] ?? '';
    expect(sentence.startsWith('…very ')).toBe(true);
    expect(sentence.endsWith('names Example Congress at last.')).toBe(true);
    expect(sentence.length).toBeLessThanOrEqual(282);
  });

  it('hands the redactor the sentence and where it starts in the document', () => {
    const seen: unknown[] = [];
    const line = citationLine(news, cite(news, 'Example Congress'), (text, at) => {
      seen.push([text, at]);
      return text.replace('Example Congress', 'Group 1');
    });
    const sentence =
      'In a statement, Munich-based Example Congress and 60 groups called on the U.N. to act.';
    expect(seen).toContainEqual([sentence, { doc: 'news', start: news.text.indexOf(sentence) }]);
    expect(line).toContain('“In a statement, Munich-based Group 1 and 60 groups');
  });
});

describe('citationLines', () => {
  it('puts one citation per line, in the order given', () => {
    const docs = new Map([news, list].map((d) => [d.id, d]));
    const text = citationLines(docs, [
      cite(list, 'Example Congress'),
      cite(news, 'Example Congress'),
    ]);
    expect(text.split(CITATION_SEPARATOR)).toEqual([
      'Title of list (2022-03-08), characters 13–29: “Example Congress”',
      'Title of news (2022-09-01), characters 50–66: “In a statement, Munich-based Example ' +
        'Congress and 60 groups called on the U.N. to act.”',
    ]);
  });

  it('is empty for no citations', () => {
    expect(citationLines(new Map(), [])).toBe('');
  });
});
