import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_FACETS,
  emptyFilters,
  FACETS,
  PANEL_FACETS,
  ruleTest,
  vocabularies,
} from '../../../src/lib/graph/facets.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { loadMini } from './mini.ts';

const ds = loadMini();
const index = indexGraph(ds);
const facet = (key: string) => FACETS.find((f) => f.key === key)!;

describe('the FACETS table', () => {
  it('names each facet once, by key and by URL parameter', () => {
    expect(FACETS.map((f) => [f.key, f.param])).toEqual([
      ['groups', 'group'],
      ['regions', 'region'],
      ['countries', 'country'],
      ['kinds', 'kind'],
      ['coalitions', 'coalition'],
      ['letters', 'letters'],
    ]);
  });

  it('orders the filter column as the panel always did', () => {
    expect(PANEL_FACETS.map((f) => f.title)).toEqual([
      'Group',
      'Kind',
      'Region',
      'Country',
      'Coalition (letter or statement)',
      'Letters signed',
    ]);
  });

  it('has the attribute facets, each with the field it reads and the word for its lack', () => {
    expect(ATTRIBUTE_FACETS).toEqual([
      { key: 'groups', attribute: { field: 'group', noun: 'group' } },
      { key: 'regions', attribute: { field: 'region', noun: 'country' } },
      { key: 'countries', attribute: { field: 'country', noun: 'country' } },
    ]);
  });

  it('makes empty filters with one fresh list per facet', () => {
    const a = emptyFilters();
    a.groups.push('diaspora');
    expect(emptyFilters()).toEqual({
      groups: [],
      regions: [],
      countries: [],
      kinds: [],
      coalitions: [],
      letters: [],
    });
  });
});

describe('vocabularies of the mini dataset', () => {
  const v = vocabularies(ds);
  it.each([
    {
      key: 'groups',
      expected: [
        'diaspora',
        'international',
        'solidarity',
        'national',
        'faith',
        'academic',
        'professional',
        'individual',
      ],
    },
    { key: 'regions', expected: ['Americas', 'Asia', 'Europe'] },
    { key: 'countries', expected: ['CH', 'CN', 'DE', 'GB', 'JP', 'US'] },
    {
      key: 'kinds',
      expected: [
        'organisation',
        'person',
        'coalition',
        'government',
        'intergovernmental',
        'media',
        'report',
      ],
    },
    { key: 'coalitions', expected: ['open-letter-2022-03-08', 'wuc-statement-2022-08-31'] },
  ] as const)('$key', ({ key, expected }) => {
    expect([...v[key]]).toEqual(expected);
  });
});

describe('wording of values', () => {
  it.each([
    { key: 'groups', value: 'diaspora', label: 'Diaspora organisation', short: 'diaspora' },
    { key: 'regions', value: 'Asia', label: 'Asia', short: 'Asia' },
    { key: 'countries', value: 'JP', label: 'Japan', short: 'Japan' },
    {
      key: 'kinds',
      value: 'intergovernmental',
      label: 'Intergovernmental body',
      short: 'intergovernmental',
    },
    {
      key: 'coalitions',
      value: 'wuc-statement-2022-08-31',
      label: ds.nodes[1]!.name,
      short: ds.nodes[1]!.name,
    },
    { key: 'coalitions', value: 'gone', label: 'gone', short: 'gone' },
  ])('$key $value → "$label" in the panel, "$short" in the summary', (c) => {
    const f = facet(c.key);
    expect(f.label ? f.label(c.value, ds) : c.value).toBe(c.label);
    expect(f.short ? f.short(c.value, ds) : c.value).toBe(c.short);
  });

  it('spells a country code from a URL as the dataset does', () => {
    expect(facet('countries').normalise?.('jp')).toBe('JP');
    expect(facet('regions').normalise).toBeUndefined();
  });
});

describe('test facets', () => {
  const pass = (key: string, values: string[]) => {
    const rule = facet(key).rule;
    if ('attribute' in rule) throw new Error(`${key} has no test`);
    const t = ruleTest(rule, index, values);
    return ds.nodes.filter(t).map((n) => n.id);
  };
  it.each([
    {
      key: 'kinds',
      values: ['government', 'intergovernmental'],
      expected: ['ohchr', 'un-office-on-genocide-prevention', 'chinese-foreign-ministry'],
    },
    {
      name: 'a coalition keeps itself and its members; an unknown id keeps nothing',
      key: 'coalitions',
      values: ['wuc-statement-2022-08-31', 'no-such-coalition'],
      expected: [
        'wuc-statement-2022-08-31',
        'world-uyghur-congress',
        'un-office-on-genocide-prevention',
      ],
    },
  ])('$key $values', ({ key, values, expected }) => {
    expect(pass(key, values)).toEqual(expected);
  });
});
