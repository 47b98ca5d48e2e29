import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import {
  connectionsByRelation,
  relationLabel,
  stepNeighbour,
} from '../../../src/lib/graph/neighbours.ts';
import { RELATIONS } from '../../../src/lib/types.ts';
import { loadMini } from './mini.ts';

describe('relationLabel', () => {
  it.each([
    { relation: 'signed', direction: 'out', expected: 'signed' },
    { relation: 'signed', direction: 'in', expected: 'signed by' },
    { relation: 'leads', direction: 'in', expected: 'led by' },
    { relation: 'addressed_to', direction: 'out', expected: 'addressed to' },
    { relation: 'addressed_to', direction: 'in', expected: 'addressee of' },
    { relation: 'spokesperson_for', direction: 'out', expected: 'spokesperson for' },
    { relation: 'spokesperson_for', direction: 'in', expected: 'spokesperson' },
  ] as const)('$relation $direction → $expected', ({ relation, direction, expected }) => {
    expect(relationLabel(relation, direction)).toBe(expected);
  });

  it('has a distinct, non-empty phrase for every relation and direction', () => {
    const all = RELATIONS.flatMap((r) => [relationLabel(r, 'out'), relationLabel(r, 'in')]);
    expect(all.every((l) => l.length > 0 && !l.includes('_'))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('connectionsByRelation', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const index = indexGraph(ds);
  const summarise = (id: string) =>
    connectionsByRelation(index, id).map((g) => [g.label, g.items.map((i) => i.node.name)]);

  it.each([
    {
      id: 'open-letter-2022-03-08',
      expected: [
        [
          'signed by',
          [
            'Amnesty International',
            'Fédération Euro-méditerranéenne contre les disparitions Forcées',
            'Hong Kong Democracy Council',
            'Japan Uyghur Association',
            'World Organisation Against Torture (OMCT)',
            'World Uyghur Congress',
          ],
        ],
        ['addressed to', ['Michelle Bachelet']],
      ],
    },
    {
      id: 'world-uyghur-congress',
      expected: [
        [
          'authored',
          ['Statement of the World Uyghur Congress and more than 60 Uyghur organizations'],
        ],
        ['led by', ['Dolkun Isa']],
        ['signed', ['Open letter of 8 March 2022']],
      ],
    },
    { id: 'wang-wenbin', expected: [['spokesperson for', ['Chinese Foreign Ministry']]] },
    { id: 'no-such-node', expected: [] },
  ])('groups the connections of $id', ({ id, expected }) => {
    expect(summarise(id)).toEqual(expected);
  });

  it('carries the link of each item', () => {
    const [group] = connectionsByRelation(index, 'dolkun-isa');
    expect(group!.items[0]!.link.id).toBe('dolkun-isa--leads--world-uyghur-congress');
    expect(group!.direction).toBe('out');
  });

  it('does not mutate the dataset', () => expect(ds).toEqual(before));
});

describe('stepNeighbour', () => {
  const index = indexGraph(loadMini());
  const from = 'world-uyghur-congress';
  // Panel order: authored (statement), led by (Dolkun Isa), signed (letter).
  it.each([
    { current: null, step: 1, expected: 'wuc-statement-2022-08-31' },
    { current: null, step: -1, expected: 'open-letter-2022-03-08' },
    { current: 'wuc-statement-2022-08-31', step: 1, expected: 'dolkun-isa' },
    { current: 'dolkun-isa', step: 1, expected: 'open-letter-2022-03-08' },
    { current: 'open-letter-2022-03-08', step: 1, expected: 'wuc-statement-2022-08-31' },
    { current: 'wuc-statement-2022-08-31', step: -1, expected: 'open-letter-2022-03-08' },
    { current: 'amnesty-international', step: 1, expected: 'wuc-statement-2022-08-31' },
  ] as const)('from $current by $step → $expected', ({ current, step, expected }) => {
    expect(stepNeighbour(index, from, current, step)).toBe(expected);
  });

  it('returns null around an unknown node', () => {
    expect(stepNeighbour(index, 'no-such-node', null, 1)).toBeNull();
  });
});
