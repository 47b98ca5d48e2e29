import { describe, expect, it } from 'vitest';
import { NodeHitIndex, type HitNode } from '../../../src/lib/render/hit-index.ts';

const nodes: HitNode[] = [
  { id: 'a', x: 0, y: 0, r: 9, order: 0 },
  { id: 'b', x: 12, y: 0, r: 5, order: 1 },
  { id: 'hub', x: 100, y: 100, r: 30, order: 2 },
  { id: 'far', x: 1000, y: -500, r: 4, order: 3 },
];

describe('NodeHitIndex.nodeAt', () => {
  const index = new NodeHitIndex(nodes);
  const cases = [
    { name: 'the centre of a node', at: [0, 0], slack: 0, expected: 'a' },
    { name: 'inside its radius', at: [-8, 0], slack: 0, expected: 'a' },
    { name: 'just outside its radius', at: [-10, 0], slack: 0, expected: null },
    { name: 'just outside, within the slack', at: [-10, 0], slack: 2, expected: 'a' },
    { name: 'where two overlap, the one drawn on top', at: [8, 0], slack: 0, expected: 'b' },
    {
      name: 'the rim of a big hub (found though its centre is far)',
      at: [128, 100],
      slack: 0,
      expected: 'hub',
    },
    { name: 'empty space', at: [50, -50], slack: 3, expected: null },
    { name: 'a lone node far away', at: [1002, -500], slack: 0, expected: 'far' },
  ];
  for (const c of cases) {
    it(c.name, () => expect(index.nodeAt(c.at[0]!, c.at[1]!, c.slack)).toBe(c.expected));
  }

  it('skips nodes that are not drawn, finding the one under them', () => {
    expect(index.nodeAt(8, 0, 0, (id) => id !== 'b')).toBe('a');
  });

  it('finds each of 20,000 nodes at its own centre', () => {
    const many: HitNode[] = Array.from({ length: 20000 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 200) * 10,
      y: Math.floor(i / 200) * 10,
      r: 4,
      order: i,
    }));
    const big = new NodeHitIndex(many);
    for (const i of [0, 199, 200, 12345, 19999]) {
      expect(big.nodeAt(many[i]!.x + 1, many[i]!.y - 1)).toBe(`n${i}`);
    }
    expect(big.nodeAt(5, 5)).toBeNull();
  });

  it('answers null when empty', () => {
    expect(new NodeHitIndex([]).nodeAt(0, 0, 10)).toBeNull();
  });
});

describe('NodeHitIndex.within', () => {
  it('lists the nodes whose centre is in the rectangle, edges included', () => {
    const ix = new NodeHitIndex([
      { id: 'a', x: 0, y: 0, r: 4, order: 0 },
      { id: 'b', x: 10, y: 10, r: 4, order: 0 },
      { id: 'c', x: 100, y: 0, r: 40, order: 0 },
    ]);
    expect(ix.within(0, 0, 10, 10).sort()).toEqual(['a', 'b']);
    expect(ix.within(50, -5, 150, 5)).toEqual(['c']);
    expect(ix.within(200, 200, 300, 300)).toEqual([]);
  });
});
