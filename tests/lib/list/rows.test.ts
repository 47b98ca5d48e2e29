import { describe, expect, it } from 'vitest';
import { listCell, nextSort, sortActors, type ListSort } from '../../../src/lib/list/rows.ts';
import { loadMini } from '../graph/mini.ts';

const ds = loadMini();
const before = structuredClone(ds.nodes);
const ORGS = new Set([
  'amnesty-international',
  'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
  'hong-kong-democracy-council',
  'japan-uyghur-association',
  'world-organisation-against-torture-omct',
  'world-uyghur-congress',
]);
/** Links per actor, made up for the test so the order does not lean on the fixture's links. */
const LINKS: Record<string, number> = {
  'world-uyghur-congress': 3,
  'hong-kong-democracy-council': 2,
};
const degree = (id: string) => LINKS[id] ?? 1;

describe('sortActors', () => {
  it.each([
    {
      sort: { key: 'links', ascending: false },
      expected: [
        'World Uyghur Congress',
        'Hong Kong Democracy Council',
        'Amnesty International',
        'Fédération Euro-méditerranéenne contre les disparitions Forcées',
        'Japan Uyghur Association',
        'World Organisation Against Torture (OMCT)',
      ],
    },
    {
      sort: { key: 'name', ascending: true },
      expected: [
        'Amnesty International',
        'Fédération Euro-méditerranéenne contre les disparitions Forcées',
        'Hong Kong Democracy Council',
        'Japan Uyghur Association',
        'World Organisation Against Torture (OMCT)',
        'World Uyghur Congress',
      ],
    },
    {
      sort: { key: 'country', ascending: true },
      expected: [
        'Fédération Euro-méditerranéenne contre les disparitions Forcées',
        'World Uyghur Congress',
        'Japan Uyghur Association',
        'World Organisation Against Torture (OMCT)',
        'Amnesty International',
        'Hong Kong Democracy Council',
      ],
    },
    {
      sort: { key: 'group', ascending: false },
      expected: [
        'Hong Kong Democracy Council',
        'Amnesty International',
        'Fédération Euro-méditerranéenne contre les disparitions Forcées',
        'World Organisation Against Torture (OMCT)',
        'Japan Uyghur Association',
        'World Uyghur Congress',
      ],
    },
  ] as { sort: ListSort; expected: string[] }[])(
    'by $sort.key, ascending $sort.ascending',
    ({ sort, expected }) => {
      expect(sortActors(ds.nodes, ORGS, sort, degree).map((n) => n.name)).toEqual(expected);
      expect(ds.nodes).toEqual(before);
    },
  );
});

describe('listCell', () => {
  const wuc = ds.nodes.find((n) => n.id === 'world-uyghur-congress')!;
  const isa = ds.nodes.find((n) => n.id === 'dolkun-isa')!;
  it.each([
    { node: wuc, key: 'kind', expected: 'Organisation' },
    { node: wuc, key: 'group', expected: 'Diaspora organisation' },
    { node: wuc, key: 'country', expected: 'Germany' },
    { node: isa, key: 'group', expected: '' },
    { node: isa, key: 'country', expected: '' },
    { node: wuc, key: 'links', expected: '' },
  ] as const)('$node.name, $key → "$expected"', ({ node, key, expected }) => {
    expect(listCell(node, key)).toBe(expected);
  });
});

describe('nextSort', () => {
  it.each([
    {
      from: { key: 'links', ascending: false },
      click: 'links',
      expected: { key: 'links', ascending: true },
    },
    {
      from: { key: 'links', ascending: false },
      click: 'name',
      expected: { key: 'name', ascending: true },
    },
    {
      from: { key: 'name', ascending: true },
      click: 'name',
      expected: { key: 'name', ascending: false },
    },
    {
      from: { key: 'name', ascending: true },
      click: 'links',
      expected: { key: 'links', ascending: false },
    },
  ] as { from: ListSort; click: ListSort['key']; expected: ListSort }[])(
    '$from.key → click $click',
    ({ from, click, expected }) => expect(nextSort(from, click)).toEqual(expected),
  );
});
