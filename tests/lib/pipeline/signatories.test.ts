import { describe, expect, it } from 'vitest';
import { parseSignatoryList } from '../../../src/lib/pipeline/signatories.ts';
import { letterText } from './fixture.ts';

describe('parseSignatoryList', () => {
  it('reads every name after "Signatories:", with or without blank lines between', () => {
    const { signatories, errors } = parseSignatoryList(letterText, 'letter.txt');
    expect(errors).toEqual([]);
    expect(signatories).toEqual([
      { name: 'World Uyghur Congress', start: 214, end: 235, line: 9 },
      { name: 'World Uyghur Congress Foundation', start: 237, end: 269, line: 11 },
      { name: 'Uyghur Academy', start: 270, end: 284, line: 12 },
      { name: 'Alliance des Avocats pour les Droits de l’Homme', start: 285, end: 332, line: 13 },
      { name: 'Mamatjan Nayup', start: 334, end: 348, line: 15 },
      { name: 'Japan Uyghur Association', start: 350, end: 374, line: 17 },
    ]);
    for (const s of signatories) expect(letterText.slice(s.start, s.end)).toBe(s.name);
  });

  it.each([
    {
      name: 'trims spaces and a CR around a name; offsets are those of the name',
      text: 'x\nSignatories:\r\n  A B \r\n\r\nC\r\n',
      expected: [
        { name: 'A B', start: 18, end: 21, line: 3 },
        { name: 'C', start: 26, end: 27, line: 5 },
      ],
      errors: [],
    },
    {
      name: 'no heading',
      text: 'A\nB\n',
      expected: [],
      errors: ['t.txt: no line "Signatories:" found, so the signatory list cannot be read'],
    },
    {
      name: 'heading without names',
      text: 'Signatories:\n\n',
      expected: [],
      errors: ['t.txt: no names follow "Signatories:"'],
    },
    {
      name: 'a name printed twice',
      text: 'Signatories:\nA\nB\nA\n',
      expected: [
        { name: 'A', start: 13, end: 14, line: 2 },
        { name: 'B', start: 15, end: 16, line: 3 },
        { name: 'A', start: 17, end: 18, line: 4 },
      ],
      errors: ['t.txt › line 4: "A" is printed twice (first on line 2)'],
    },
  ])('$name', ({ text, expected, errors }) => {
    expect(parseSignatoryList(text, 't.txt')).toEqual({ signatories: expected, errors });
  });
});
