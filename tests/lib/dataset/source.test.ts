import { describe, expect, it } from 'vitest';
import { datasetSource } from '../../../src/lib/dataset/source.ts';

const BUILT_IN = 'assets/coalition-abc123.json';
const PAGE = 'https://atlas.example.org/app/index.html';

describe('datasetSource', () => {
  const cases = [
    {
      name: 'no parameter',
      search: '',
      expected: { url: BUILT_IN, external: false, notice: null },
    },
    {
      name: 'absolute https',
      search: '?data=https://other.org/map.json',
      expected: { url: 'https://other.org/map.json', external: true, notice: null },
    },
    {
      name: 'relative to the page',
      search: '?node=x&data=shared/map.json',
      expected: {
        url: 'https://atlas.example.org/app/shared/map.json',
        external: true,
        notice: null,
      },
    },
    {
      name: 'javascript: refused',
      search: '?data=javascript:alert(1)',
      expected: {
        url: BUILT_IN,
        external: false,
        notice: 'Ignored data=javascript:alert(1): only http and https addresses can be opened.',
      },
    },
    {
      name: 'empty value',
      search: '?data=%20',
      expected: { url: BUILT_IN, external: false, notice: 'Ignored an empty data= parameter.' },
    },
  ];
  for (const { name, search, expected } of cases) {
    it(name, () => expect(datasetSource(search, BUILT_IN, PAGE)).toEqual(expected));
  }
});
