import { describe, expect, it } from 'vitest';
import { parseHexColour } from '../../../src/lib/export/colour.ts';

describe('parseHexColour', () => {
  const cases = [
    { name: 'six digits', input: '#1f77b4', expected: { r: 31, g: 119, b: 180 } },
    { name: 'three digits, upper case', input: '#0A8', expected: { r: 0, g: 170, b: 136 } },
    { name: 'surrounding space', input: ' #ffffff ', expected: { r: 255, g: 255, b: 255 } },
    { name: 'a colour name', input: 'red', expected: undefined },
    { name: 'rgb()', input: 'rgb(1, 2, 3)', expected: undefined },
    { name: 'eight digits', input: '#11223344', expected: undefined },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(parseHexColour(input)).toEqual(expected));
  }
});
