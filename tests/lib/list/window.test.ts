import { describe, expect, it } from 'vitest';
import { rowWindow, WINDOW_FROM } from '../../../src/lib/list/window.ts';

describe('rowWindow', () => {
  it.each([
    {
      name: 'a short list: every row',
      args: [243, 0, 800, 33],
      expected: { windowed: false, first: 0, last: 243 },
    },
    {
      name: 'just short of windowing',
      args: [WINDOW_FROM - 1, 5000, 800, 33],
      expected: { windowed: false, first: 0, last: 399 },
    },
    {
      name: 'at the top',
      args: [1000, 0, 800, 33],
      expected: { windowed: true, first: 0, last: 55 },
    },
    {
      name: 'scrolled to row 100',
      args: [1000, 3300, 800, 33],
      expected: { windowed: true, first: 70, last: 155 },
    },
    {
      name: 'at the bottom',
      args: [1000, 32200, 800, 33],
      expected: { windowed: true, first: 945, last: 1000 },
    },
  ] as { name: string; args: [number, number, number, number]; expected: object }[])(
    '$name',
    ({ args, expected }) => expect(rowWindow(...args)).toEqual(expected),
  );
});
