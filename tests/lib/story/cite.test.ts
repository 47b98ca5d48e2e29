import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, quoteAt, snapToWords } from '../../../src/lib/story/cite.ts';
import { parseStory } from '../../../src/lib/story/story.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const voa = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!;
const letter = ds.documents.find((d) => d.id === 'open-letter')!;
/** The offsets of the `n`th (1-based) occurrence of `words` in `text`. */
function at(text: string, words: string, n = 1): [number, number] {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(words, i + 1);
  if (i === -1) throw new Error(`fixture lacks "${words}"`);
  return [i, i + words.length];
}

describe('snapToWords', () => {
  it.each([
    {
      name: 'a whole word stays',
      text: 'the Munich-based group',
      sel: [4, 10],
      expected: 'Munich',
    },
    { name: 'half a word grows', text: 'the Munich-based group', sel: [6, 8], expected: 'Munich' },
    { name: 'spaces are trimmed', text: 'a  word  b', sel: [1, 8], expected: 'word' },
    { name: 'across words', text: 'Dolkun Isa, president', sel: [3, 9], expected: 'Dolkun Isa' },
    { name: 'only spaces', text: 'a   b', sel: [1, 4], expected: '' },
  ])('$name', ({ text, sel, expected }) => {
    const [a, b] = snapToWords(text, sel[0]!, sel[1]!);
    expect(text.slice(a, b)).toBe(expected);
  });
});

describe('quoteAt: a chosen passage becomes a quote found once in its document', () => {
  it.each([
    {
      name: 'a unique phrase is kept as chosen',
      doc: voa,
      sel: at(voa.text, 'Munich-based World Uyghur Congress'),
      expected: { doc: voa.id, quote: 'Munich-based World Uyghur Congress' },
    },
    {
      name: 'part of a word grows to the word',
      doc: voa,
      sel: ((s) => [s[0] + 2, s[1] - 2])(at(voa.text, 'farce')) as [number, number],
      expected: { doc: voa.id, quote: 'farce' },
    },
    {
      name: 'a repeated name is lengthened after, then before, until unique',
      doc: voa,
      sel: at(voa.text, 'World Uyghur Congress', 2),
      expected: { doc: voa.id, quote: 'World Uyghur Congress, told' },
    },
    {
      name: 'the first of a repeated name, lengthened the same way',
      doc: voa,
      sel: at(voa.text, 'World Uyghur Congress', 1),
      expected: { doc: voa.id, quote: 'World Uyghur Congress and' },
    },
    {
      name: 'curly quotes in the text are kept as printed',
      doc: voa,
      sel: at(voa.text, 'her office’s long-awaited assessment'),
      expected: { doc: voa.id, quote: 'her office’s long-awaited assessment' },
    },
  ])('$name', ({ doc, sel, expected }) => {
    const before = doc.text;
    expect(quoteAt(doc, sel[0], sel[1])).toEqual({ ref: expected });
    expect(doc.text).toBe(before);
  });

  it('falls back to "occurrence" only when no phrase of MAX_QUOTE characters is unique', () => {
    const doc = { id: 'echo', text: 'Stop. '.repeat(200).trim() };
    const { ref } = quoteAt(doc, 600, 604);
    expect(ref?.quote.length).toBeGreaterThanOrEqual(MAX_QUOTE);
    expect(ref?.quote.startsWith('Stop')).toBe(true);
    // The quote's occurrence starts at or before the chosen word and covers it.
    const starts = [...doc.text.matchAll(new RegExp(ref!.quote.replace(/\./g, '\\.'), 'g'))];
    expect(ref?.occurrence).toBeGreaterThan(1);
    expect(starts.length).toBeGreaterThan(1);
  });

  it('grows a word after, then a word before, while the words still repeat', () => {
    const doc = { id: 'echo', text: 'Stop the report. Stop the farce.' };
    // "Stop" ×2 → "Stop the" ×2 → "report. Stop the" ×1.
    expect(quoteAt(doc, 17, 21)).toEqual({ ref: { doc: 'echo', quote: 'report. Stop the' } });
  });

  it('an empty choice gets a message', () => {
    expect(quoteAt(letter, 5, 5)).toEqual({
      error: 'Select some words of the document first, then cite them.',
    });
  });

  it('every quote it makes is located by the story checker at the chosen place', () => {
    const picks = [
      at(voa.text, 'World Uyghur Congress', 1),
      at(voa.text, 'World Uyghur Congress', 2),
      at(letter.text, 'human rights', 2),
      at(letter.text, 'Uyghur', 3),
    ];
    for (const [a, b] of picks) {
      const doc = a === picks[2]![0] || a === picks[3]![0] ? letter : voa;
      const { ref } = quoteAt(doc, a, b);
      const raw = {
        title: 't',
        steps: [
          {
            id: 's',
            title: 't',
            caption: '',
            citations: [ref],
            view: { filters: {}, highlight: [], selection: null, zoom: 'fit', asOf: null },
          },
        ],
      };
      const { story, errors } = parseStory(raw, ds, { strict: false });
      expect(errors).toEqual([]);
      const c = story.steps[0]!.citations[0]!;
      expect(c.start).toBeLessThanOrEqual(a);
      expect(c.end).toBeGreaterThanOrEqual(b);
    }
  });
});
