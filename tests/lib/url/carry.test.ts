import { describe, expect, it } from 'vitest';
import { carriedSearch } from '../../../src/lib/url/carry.ts';

describe('carriedSearch', () => {
  it.each([
    { name: 'nothing', input: '', expected: '' },
    { name: 'only the old view', input: '?node=wuc&group=diaspora&asof=2022-03-08', expected: '' },
    { name: 'hidden names survive', input: '?node=wuc&anon=1', expected: '?anon=1' },
    {
      name: 'presentation kept in a fixed order, data= dropped',
      input: '?view=list&data=https%3A%2F%2Fex.org%2Fa.json&present=1&anon=1',
      expected: '?anon=1&present=1&view=list',
    },
  ])('$name', ({ input, expected }) => {
    expect(carriedSearch(input)).toBe(expected);
  });
});
