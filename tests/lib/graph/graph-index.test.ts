import { describe, expect, it } from 'vitest';
import {
  countDegrees,
  degreesOf,
  graphIndexOf,
  indexGraph,
} from '../../../src/lib/graph/graph-index.ts';
import { loadMini } from './mini.ts';

describe('indexGraph', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const index = indexGraph(ds);

  it('does not mutate the dataset', () => expect(ds).toEqual(before));

  it.each([
    { id: 'open-letter-2022-03-08', degree: 7 },
    { id: 'world-uyghur-congress', degree: 3 },
    { id: 'wuc-statement-2022-08-31', degree: 2 },
    { id: 'michelle-bachelet', degree: 2 },
    { id: 'amnesty-international', degree: 1 },
    { id: 'wang-wenbin', degree: 1 },
  ])('degree of $id is $degree', ({ id, degree }) => {
    expect(index.degree.get(id)).toBe(degree);
    expect(index.linksOf.get(id)).toHaveLength(degree);
  });

  it.each([
    { id: 'dolkun-isa', expected: ['world-uyghur-congress'] },
    {
      id: 'world-uyghur-congress',
      expected: ['dolkun-isa', 'open-letter-2022-03-08', 'wuc-statement-2022-08-31'],
    },
    { id: 'chinese-foreign-ministry', expected: ['wang-wenbin'] },
  ])('neighbours of $id are undirected', ({ id, expected }) => {
    expect([...index.neighbours.get(id)!].sort()).toEqual(expected);
    for (const other of expected) expect(index.neighbours.get(other)!.has(id)).toBe(true);
  });

  it('lists a self-link once among its node’s links, and counts it at both ends', () => {
    const self = { ...ds.links[0]!, id: 'loop', source: 'dolkun-isa', target: 'dolkun-isa' };
    const looped = indexGraph({ ...ds, links: [...ds.links, self] });
    expect(looped.linksOf.get('dolkun-isa')!.map((l) => l.id)).toEqual([
      ...index.linksOf.get('dolkun-isa')!.map((l) => l.id),
      'loop',
    ]);
    expect(looped.degree.get('dolkun-isa')).toBe(index.degree.get('dolkun-isa')! + 2);
  });

  it('lists each coalition with all nodes linked to it, in either direction', () => {
    expect([...index.members.keys()]).toEqual([
      'open-letter-2022-03-08',
      'wuc-statement-2022-08-31',
    ]);
    expect([...index.members.get('open-letter-2022-03-08')!].sort()).toEqual([
      'amnesty-international',
      'federation-euro-mediterraneenne-contre-les-disparitions-forcees',
      'hong-kong-democracy-council',
      'japan-uyghur-association',
      'michelle-bachelet',
      'world-organisation-against-torture-omct',
      'world-uyghur-congress',
    ]);
    expect([...index.members.get('wuc-statement-2022-08-31')!].sort()).toEqual([
      'un-office-on-genocide-prevention',
      'world-uyghur-congress',
    ]);
  });

  it('finds nodes and links by id', () => {
    expect(index.byId.size).toBe(14);
    expect(index.linkById.get('dolkun-isa--leads--world-uyghur-congress')?.relation).toBe('leads');
  });
});

describe('degreesOf', () => {
  it('counts what the index counts, once per dataset, and is the index’s own table', () => {
    const ds = loadMini();
    const degree = degreesOf(ds);
    expect(degreesOf(ds)).toBe(degree);
    expect([...degree]).toEqual([...indexGraph(ds).degree]);
    expect(degree.get('open-letter-2022-03-08')).toBe(7);
    expect(graphIndexOf(ds).degree).toBe(degree);
  });

  it('counts a self-link at both ends, and a link to an unknown id at neither', () => {
    const ds = loadMini();
    const base = countDegrees(ds);
    const extra = [
      { ...ds.links[0]!, id: 'loop', source: 'dolkun-isa', target: 'dolkun-isa' },
      { ...ds.links[0]!, id: 'stray', source: 'dolkun-isa', target: 'nobody' },
    ];
    const degree = countDegrees({ ...ds, links: [...ds.links, ...extra] });
    expect(degree.get('dolkun-isa')).toBe(base.get('dolkun-isa')! + 2);
    expect(degree.has('nobody')).toBe(false);
  });
});
