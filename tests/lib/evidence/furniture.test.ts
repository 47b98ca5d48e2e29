import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  locateFurniture,
  markFurniture,
  type FurnitureEntry,
} from '../../../src/lib/evidence/furniture.ts';
import type { Segment } from '../../../src/lib/evidence/context.ts';
import type { Dataset } from '../../../src/lib/types.ts';

// A saved web page in miniature: a section label, the headline, a reading time, the headline again.
const text = 'News\n\nHead line\n\n4 Min\nHead line\n\nBody.';
const entries: FurnitureEntry[] = [
  { doc: 'page', text: 'News', note: 'label' },
  { doc: 'page', text: 'Head line', occurrence: 2, note: 'headline again' },
  { doc: 'page', text: '4 Min', note: 'reading time' },
  { doc: 'other', text: 'Body', note: 'another document' },
  { doc: 'page', text: 'Not there', note: 'missing' },
];

describe('locateFurniture', () => {
  it.each([
    {
      name: 'entries of this document, the nth occurrence, in order; the missing left out',
      doc: 'page',
      expected: [
        { start: 0, end: 4, note: 'label' },
        { start: 17, end: 22, note: 'reading time' },
        { start: 23, end: 32, note: 'headline again' },
      ],
    },
    {
      name: 'another document: its own only',
      doc: 'other',
      expected: [{ start: 34, end: 38, note: 'another document' }],
    },
    { name: 'an unknown document: none', doc: 'none', expected: [] },
  ])('$name', ({ doc, expected }) => {
    const before = structuredClone(entries);
    expect(locateFurniture(text, doc, entries)).toEqual(expected);
    expect(entries).toEqual(before);
  });
});

describe('markFurniture', () => {
  const segments: Segment[] = [
    { text: 'News\n\nHead ', nodeId: null, start: 0, end: 11 },
    { text: 'line', nodeId: 'line', start: 11, end: 15 },
    { text: '\n\n4 Min\nHead line\n\nBody.', nodeId: null, start: 15, end: 40 },
  ];
  const ranges = locateFurniture(text, 'page', entries);

  it('keeps the text verbatim, cut at the ranges, the pieces inside marked', () => {
    const out = markFurniture(segments, ranges);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.filter((s) => s.furniture).map((s) => [s.text, s.furniture])).toEqual([
      ['News', 'label'],
      ['4 Min', 'reading time'],
      ['Head line', 'headline again'],
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('no ranges: the segments as they are', () => {
    expect(markFurniture(segments, [])).toEqual(segments);
  });
});

describe('the curated furniture', () => {
  const ds = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;
  const curated = JSON.parse(
    readFileSync('data/curation/furniture.json', 'utf8'),
  ) as FurnitureEntry[];

  it.each(curated)('"$text" is found in $doc, as often as it says', (entry) => {
    const doc = ds.documents.find((d) => d.id === entry.doc);
    expect(doc, entry.doc).toBeDefined();
    const [range] = locateFurniture(doc!.text, entry.doc, [entry]);
    expect(range).toBeDefined();
    expect(doc!.text.slice(range!.start, range!.end)).toBe(entry.text);
  });

  it('dims what the issue names in the VOA page: the label, the reading time, the second headline', () => {
    const voa = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!;
    const ranges = locateFurniture(voa.text, voa.id, curated);
    const headline =
      'Diaspora Groups Urge Action After UN Finds ‘Serious Rights Violations’ in Xinjiang';
    expect(ranges.map((r) => voa.text.slice(r.start, r.end))).toEqual([
      'China News',
      '4 Min',
      headline,
    ]);
    // The first headline is the article's own title: not furniture.
    const first = voa.text.indexOf('Diaspora Groups');
    expect(ranges.some((r) => r.start === first)).toBe(false);
  });
});
