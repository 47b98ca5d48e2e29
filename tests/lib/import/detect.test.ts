import { describe, expect, it } from 'vitest';
import { detectList, itemsOf } from '../../../src/lib/import/detect.ts';
import { parseSignatoryList } from '../../../src/lib/pipeline/signatories.ts';
import { fixture } from './fixture.ts';

const names = (text: string) => {
  const range = detectList(text);
  return range ? itemsOf(text, range).map((i) => i.name) : null;
};

describe('detectList', () => {
  it.each([
    {
      name: 'after "Signatories:"',
      text: 'Body.\n\nSignatories:\n\nA\n\nB\n',
      expected: ['A', 'B'],
    },
    { name: 'after "Signed by:"', text: 'Body.\nSigned by:\nA\nB\n', expected: ['A', 'B'] },
    {
      name: 'after "Endorsed by", bulleted',
      text: 'Body.\n\nEndorsed by\n\n- A\n- B\n',
      expected: ['A', 'B'],
    },
    { name: 'after "The undersigned"', text: 'Body.\nThe undersigned:\nA\n', expected: ['A'] },
    {
      name: 'after a Markdown heading',
      text: 'Body.\n## **Signatories**\n1. A\n2. B\n',
      expected: ['A', 'B'],
    },
    {
      name: 'a numbered block at the end',
      text: 'Body text.\n\n1. A\n2) B\n3. C\n',
      expected: ['A', 'B', 'C'],
    },
    {
      name: 'a bulleted block at the end, blank lines between',
      text: 'Body.\n\n• A\n\n• B\n\n• C\n\n',
      expected: ['A', 'B', 'C'],
    },
    { name: 'two bullets are not a list', text: 'Body.\n\n- A\n- B\n', expected: null },
    {
      name: 'no list at all',
      text: 'We, the undersigned organisations, write to you.\nThank you.\n',
      expected: null,
    },
    { name: 'a heading with nothing after it', text: 'Body.\nSignatories:\n\n', expected: null },
  ])('$name', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds the 192 names of the 8 March letter, as the pipeline does', () => {
    const text = fixture('../../../data/sources/2022-03-08-open-letter.txt');
    const printed = parseSignatoryList(text, 'letter').signatories.map((s) => s.name);
    expect(printed.length).toBe(192);
    expect(names(text)).toEqual(printed);
  });

  it('gives each item its line (0-based) and keeps the name as printed', () => {
    const text = 'x\nSigned by:\n  - Alliance des Avocats pour les Droits de l’Homme  \n';
    const range = detectList(text)!;
    expect(range).toEqual({ start: 2, end: 3, heading: 1 });
    expect(itemsOf(text, range)).toEqual([
      { name: 'Alliance des Avocats pour les Droits de l’Homme', line: 2 },
    ]);
  });
});
