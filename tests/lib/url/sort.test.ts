import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  nextSort,
  parseSort,
  serializeSort,
  type ListSort,
} from '../../../src/lib/url/sort.ts';

describe('the list sort in the URL', () => {
  it.each([
    { name: 'the default is left out', sort: DEFAULT_SORT, url: null },
    { name: 'a column ascending', sort: { key: 'name', ascending: true }, url: 'name' },
    { name: 'descending with a "-"', sort: { key: 'country', ascending: false }, url: '-country' },
    { name: 'links ascending', sort: { key: 'links', ascending: true }, url: 'links' },
  ] as { name: string; sort: ListSort; url: string | null }[])('$name', ({ sort, url }) => {
    expect(serializeSort(sort)).toBe(url);
    const notices: string[] = [];
    expect(parseSort(url, notices)).toEqual(sort);
    expect(notices).toEqual([]);
  });

  it('drops what is not a column, with a notice', () => {
    const notices: string[] = [];
    expect(parseSort('-size', notices)).toEqual(DEFAULT_SORT);
    expect(notices).toEqual([
      'Ignored sort "-size": expected one of name, kind, group, country, links, "-" first for descending.',
    ]);
  });

  it.each([
    {
      name: 'the same column flips',
      from: DEFAULT_SORT,
      key: 'links',
      to: { key: 'links', ascending: true },
    },
    {
      name: 'a new column starts ascending',
      from: DEFAULT_SORT,
      key: 'name',
      to: { key: 'name', ascending: true },
    },
    {
      name: 'links starts with the most',
      from: { key: 'name', ascending: true },
      key: 'links',
      to: DEFAULT_SORT,
    },
  ] as { name: string; from: ListSort; key: ListSort['key']; to: ListSort }[])(
    'nextSort: $name',
    ({ from, key, to }) => {
      const before = structuredClone(from);
      expect(nextSort(from, key)).toEqual(to);
      expect(from).toEqual(before);
    },
  );
});
