import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { centredSeeds, seedPositions, seedsOf } from '../../../src/lib/graph/seeds.ts';
import type { Dataset } from '../../../src/lib/types.ts';

/** Only what the seeds read: node ids and link ends. */
function graph(ids: string[], links: [string, string][]): Dataset {
  return {
    nodes: ids.map((id) => ({ id })),
    links: links.map(([source, target], i) => ({ id: `l${i}`, source, target })),
  } as unknown as Dataset;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const at = (rad: number, k: number) => ({
  x: rad * Math.cos(k * GOLDEN),
  y: rad * Math.sin(k * GOLDEN),
});

describe('seedPositions', () => {
  // Listed out of order on purpose: the placing order is degree, then id.
  const ds = graph(
    ['c', 'pair-b', 'hub', 'a', 'pair-a', 'b'],
    [
      ['hub', 'a'],
      ['b', 'hub'],
      ['hub', 'c'],
      ['pair-a', 'pair-b'],
    ],
  );
  const seeds = seedPositions(ds, indexGraph(ds));

  it('puts the best-connected anchor at the centre and its neighbours on a spiral round it', () => {
    expect(seeds.get('hub')).toEqual({ x: 0, y: 0 });
    // Children in id order, each a little further out than the one before.
    expect(seeds.get('a')).toEqual(at(40, 0));
    expect(seeds.get('b')).toEqual(at(40 + 9, 1));
    expect(seeds.get('c')).toEqual(at(40 + 9 * Math.SQRT2, 2));
  });

  it('makes each of two equally linked neighbours an anchor, on the anchors’ wide spiral', () => {
    // Degree 1 each: neither anchors the other. After the hub (anchor 0), in id order.
    expect(seeds.get('pair-a')).toEqual(at(120, 1));
    expect(seeds.get('pair-b')).toEqual(at(120 * Math.SQRT2, 2));
  });

  it('gives every node a place, and the same places whatever the order of the links', () => {
    expect([...seeds.keys()].sort()).toEqual(ds.nodes.map((n) => n.id).sort());
    const shuffled = graph(
      ds.nodes.map((n) => n.id),
      [
        ['pair-b', 'pair-a'],
        ['c', 'hub'],
        ['hub', 'b'],
        ['a', 'hub'],
      ],
    );
    expect(seedPositions(shuffled, indexGraph(shuffled))).toEqual(seeds);
  });

  it('circles a node round the smaller id of its two best-connected neighbours, in any order', () => {
    // 'k' and 'm' have 3 links each, 'leaf' 2 (one to each): either could anchor it, and 'k'
    // does, whichever link comes first. 'leaf' is then the first placed round 'k'.
    const links: [string, string][] = [
      ['m', 'm1'],
      ['m', 'm2'],
      ['k', 'k1'],
      ['k', 'k2'],
      ['leaf', 'm'],
      ['leaf', 'k'],
    ];
    for (const order of [links, [...links].reverse()]) {
      const g = graph(['m', 'm1', 'm2', 'k', 'k1', 'k2', 'leaf'], order);
      const s = seedPositions(g, indexGraph(g));
      expect(s.get('leaf')).toEqual({ x: s.get('k')!.x + 40, y: s.get('k')!.y });
    }
  });
});

describe('centredSeeds', () => {
  it('packs the seeds in node order, centred on their mean', () => {
    const ds = graph(
      ['x', 'hub', 'y'],
      [
        ['hub', 'x'],
        ['hub', 'y'],
      ],
    );
    const seeds = seedPositions(ds, indexGraph(ds));
    const packed = centredSeeds(ds, indexGraph(ds));
    const mean = {
      x: (seeds.get('x')!.x + seeds.get('y')!.x) / 3,
      y: (seeds.get('x')!.y + seeds.get('y')!.y) / 3,
    };
    const expected = ['x', 'hub', 'y'].flatMap((id) => [
      seeds.get(id)!.x - mean.x,
      seeds.get(id)!.y - mean.y,
    ]);
    expect([...packed]).toEqual([...new Float32Array(expected)]);
    // Given the seeds, the same numbers.
    expect(centredSeeds(ds, indexGraph(ds), seeds)).toEqual(packed);
  });
});

describe('seedsOf', () => {
  it('the centred seeds from the degrees alone, once per dataset', () => {
    const ds = graph(
      ['x', 'hub', 'y', 'z'],
      [
        ['hub', 'x'],
        ['hub', 'y'],
        ['y', 'z'],
      ],
    );
    const seeds = seedsOf(ds);
    expect(seeds).toEqual(centredSeeds(ds, indexGraph(ds)));
    expect(seedsOf(ds)).toBe(seeds);
  });
});
