import { describe, expect, it } from 'vitest';
import {
  citationsByDocument,
  documentSegments,
  excerptContext,
  sentenceBounds,
} from '../../../src/lib/evidence/context.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { loadMini } from '../graph/mini.ts';

const ds = loadMini();
const before = structuredClone(ds);
const index = indexGraph(ds);
const voa = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!.text;
const at = (quote: string, text = voa): [number, number] => {
  const i = text.indexOf(quote);
  return [i, i + quote.length];
};

describe('sentenceBounds', () => {
  it.each([
    {
      name: 'abbreviations like U.N. do not end a sentence',
      quote: 'Genocide Prevention',
      expected:
        'They also urged the U.N. Office on Genocide Prevention to immediately conduct an assessment of the risks of atrocities.',
    },
    {
      name: 'a closing quote after the stop ends the sentence',
      quote: 'Wang Wenbin',
      expected:
        'On Thursday, Wang Wenbin, a Chinese Foreign Ministry spokesperson, told reporters in Beijing that the report was a “farce”.',
    },
    {
      name: 'a line of a list is its own sentence',
      quote: 'Japan Uyghur',
      text: ds.documents[0]!.text,
      expected: 'Japan Uyghur Association',
    },
  ])('$name', ({ quote, text, expected }) => {
    const t = text ?? voa;
    const [s, e] = sentenceBounds(t, ...at(quote, t));
    expect(t.slice(s, e)).toBe(expected);
  });
});

describe('excerptContext', () => {
  it.each([
    {
      name: 'the whole sentence when it fits',
      text: 'One. Two three four. Five.',
      span: [9, 14],
      max: 280,
      expected: {
        before: 'Two ',
        match: 'three',
        after: ' four.',
        truncatedBefore: false,
        truncatedAfter: false,
      },
    },
    {
      name: 'cut at word boundaries on both sides',
      text: voa,
      span: at('World Uyghur Congress and'),
      max: 80,
      expected: {
        before: 'its website, Munich-based ',
        match: 'World Uyghur Congress and',
        after: ' more than 60 Uyghur',
        truncatedBefore: true,
        truncatedAfter: true,
      },
    },
    {
      name: 'a span at the sentence start gives all the room to the after side',
      text: voa,
      span: at('In a statement on its website'),
      max: 60,
      expected: {
        before: '',
        match: 'In a statement on its website',
        after: ', Munich-based World Uyghur',
        truncatedBefore: false,
        truncatedAfter: true,
      },
    },
    {
      name: 'a span longer than the budget is kept whole',
      text: 'Alpha beta gamma delta.',
      span: [6, 16],
      max: 4,
      expected: {
        before: '',
        match: 'beta gamma',
        after: '',
        truncatedBefore: true,
        truncatedAfter: true,
      },
    },
  ])('$name', ({ text, span, max, expected }) => {
    expect(excerptContext(text, span[0]!, span[1]!, max)).toEqual(expected);
  });
});

describe('documentSegments', () => {
  it('splits a document into plain runs and mentions that cover it exactly', () => {
    const segments = documentSegments(ds, 'voa-diaspora-groups', index);
    expect(segments.map((s) => s.text).join('')).toBe(voa);
    segments.forEach((s, i) => {
      expect(voa.slice(s.start, s.end)).toBe(s.text);
      if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
    });
    expect(segments.filter((s) => s.nodeId !== null).map((s) => [s.nodeId, s.text])).toEqual([
      ['ohchr', 'Office of the High Commissioner for Human Rights'],
      ['ohchr', 'OHCHR'],
      ['wuc-statement-2022-08-31', 'In a statement on its website'],
      ['world-uyghur-congress', 'World Uyghur Congress'],
      ['un-office-on-genocide-prevention', 'U.N. Office on Genocide Prevention'],
      ['dolkun-isa', 'Dolkun Isa'],
      ['world-uyghur-congress', 'World Uyghur Congress'],
      ['michelle-bachelet', 'Michelle Bachelet'],
      ['wang-wenbin', 'Wang Wenbin'],
      ['chinese-foreign-ministry', 'Chinese Foreign Ministry'],
    ]);
  });

  it('keeps the earlier, then the longer, of overlapping mentions', () => {
    const overlapping = structuredClone(ds);
    const wang = overlapping.nodes.find((n) => n.id === 'wang-wenbin')!;
    const [s] = at('Wang Wenbin, a Chinese');
    wang.citations.push({
      doc: 'voa-diaspora-groups',
      start: s,
      end: s + 22,
      quote: 'Wang Wenbin, a Chinese',
    });
    const segs = documentSegments(overlapping, 'voa-diaspora-groups', indexGraph(overlapping));
    // The longer mention at the same start wins; the ministry's mention inside it is dropped.
    expect(
      segs
        .filter((x) => x.nodeId !== null)
        .slice(-2)
        .map((x) => [x.nodeId, x.text]),
    ).toEqual([
      ['michelle-bachelet', 'Michelle Bachelet'],
      ['wang-wenbin', 'Wang Wenbin, a Chinese'],
    ]);
    expect(segs.map((x) => x.text).join('')).toBe(voa);
  });

  it('returns [] for an unknown document', () => {
    expect(documentSegments(ds, 'no-such-doc', index)).toEqual([]);
  });
});

describe('citationsByDocument', () => {
  it('groups by document in dataset order, citations by position', () => {
    const wuc = ds.nodes.find((n) => n.id === 'world-uyghur-congress')!;
    const input = [...wuc.citations].reverse();
    const copy = structuredClone(input);
    const groups = citationsByDocument(ds, input);
    expect(groups.map((g) => [g.doc.id, g.citations.map((c) => c.start)])).toEqual([
      ['open-letter', [637]],
      ['voa-diaspora-groups', [344, 628]],
    ]);
    expect(input).toEqual(copy);
  });

  it('drops citations of unknown documents', () => {
    expect(citationsByDocument(ds, [{ doc: 'x', start: 0, end: 1, quote: 'a' }])).toEqual([]);
  });
});

it('never mutates the dataset', () => expect(ds).toEqual(before));
