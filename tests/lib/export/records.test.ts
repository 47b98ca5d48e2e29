import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import {
  countryName,
  exportRecords,
  GRAPH_NODE_FIELDS,
  NODE_COLUMNS,
  nodeCell,
  nodeSize,
} from '../../../src/lib/export/records.ts';
import { fixture, VIEW } from './helpers.ts';

describe('countryName', () => {
  const cases = [
    { input: 'FI', expected: 'Finland' },
    { input: 'CN', expected: 'China' },
    { input: 'GB', expected: 'United Kingdom' },
    { input: null, expected: '' },
    { input: 'ZZ', expected: '' },
    { input: 'QQ', expected: '' },
  ];
  for (const { input, expected } of cases) {
    it(`${String(input)} → "${expected}"`, () => expect(countryName(input)).toBe(expected));
  }
});

describe('the columns table', () => {
  it('lists every exported node field once, in the CSV’s order', () => {
    expect(NODE_COLUMNS.join(',')).toBe(
      'id,name,kind,shown_as,aliases,group,group_basis,group_citation,group_note,country,' +
        'country_name,region,subregion,country_basis,country_citation,country_note,connections,' +
        'citations,source_documents',
    );
  });
  it('gives the graph formats the string fields they write as attributes', () => {
    expect(GRAPH_NODE_FIELDS.join(',')).toBe(
      'kind,shown_as,group,group_basis,group_citation,group_note,country,country_name,region,' +
        'subregion,country_basis,country_citation,country_note,citations,source_documents',
    );
  });
});

describe('nodeCell', () => {
  const ds = fixture();
  const [record] = exportRecords(ds, ['example-uyghur-association-in-finland']).nodes;
  it.each([
    { column: 'id', expected: 'example-uyghur-association-in-finland' },
    { column: 'aliases', expected: 'EUAF' },
    { column: 'connections', expected: '0' },
    { column: 'shown_as', expected: 'match' },
  ] as const)('$column → $expected', ({ column, expected }) => {
    expect(nodeCell(record!, column)).toBe(expected);
  });
  it('joins several aliases with " | "', () => {
    expect(nodeCell({ ...record!, aliases: ['EUAF', 'Suomen uiguurit'] }, 'aliases')).toBe(
      'EUAF | Suomen uiguurit',
    );
  });
});

describe('nodeSize', () => {
  const cases = [
    { input: 0, expected: 4 },
    { input: 1, expected: 6 },
    { input: 9, expected: 10 },
    { input: 2, expected: 6.83 },
  ];
  for (const { input, expected } of cases) {
    it(`${input} connections → ${expected}`, () => expect(nodeSize(input)).toBe(expected));
  }
});

describe('exportRecords', () => {
  it('runs on a fixture that passes the dataset gate', () => {
    expect(parseDataset(fixture())).toEqual(fixture());
  });

  it('keeps dataset order, not the order of ids', () => {
    const { nodes } = exportRecords(fixture(), [...VIEW].reverse());
    expect(nodes.map((n) => n.id)).toEqual([
      'letter',
      'example-uyghur-association-in-finland',
      'aysel-tohti',
      'jonas-odmark',
      'high-commissioner',
      'ohchr-assessment',
    ]);
  });

  it('renames hidden people in ids, names, aliases and link ends', () => {
    const { nodes, edges } = exportRecords(fixture(), ['aysel-tohti', 'letter'], {
      hidePeople: true,
    });
    expect(nodes.map((n) => [n.id, n.name, n.aliases])).toEqual([
      ['letter', 'Joint letter of 8 March 2022', []],
      ['person-1', 'Person 1', []],
    ]);
    expect(edges).toEqual([
      {
        id: 'person-1--signed--letter',
        source: 'person-1',
        target: 'letter',
        relation: 'signed',
        date: '',
        note: '',
        citations:
          'Joint letter to the High Commissioner (2022-03-08), characters 200–223: ' +
          '“Person 1, individual”',
      },
    ]);
  });
});
