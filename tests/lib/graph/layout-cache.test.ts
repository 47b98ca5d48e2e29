import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { cachedPositions, layoutFile, layoutKey } from '../../../src/lib/graph/layout-cache.ts';
import type { GraphNode } from '../../../src/lib/types.ts';
import { loadMini } from './mini.ts';

describe('layoutKey', () => {
  it('is stable and changes with the graph', () => {
    const ds = loadMini();
    const key = layoutKey(ds);
    expect(layoutKey(loadMini())).toBe(key);
    expect(key.startsWith(`${ds.nodes.length}:${ds.links.length}:`)).toBe(true);
    const fewer = { ...ds, links: ds.links.slice(1) };
    expect(layoutKey(fewer)).not.toBe(key);
    const renamed = { ...ds, nodes: ds.nodes.map((n, i) => (i === 0 ? { ...n, id: 'x' } : n)) };
    expect(layoutKey(renamed)).not.toBe(key);
  });

  it('ignores order and text that does not move the layout', () => {
    const ds = loadMini();
    const shuffled = { ...ds, nodes: [...ds.nodes].reverse(), links: [...ds.links].reverse() };
    expect(layoutKey(shuffled)).toBe(layoutKey(ds));
    const renamedLabel = { ...ds, nodes: ds.nodes.map((n) => ({ ...n, name: `${n.name}!` })) };
    expect(layoutKey(renamedLabel)).toBe(layoutKey(ds));
  });

  it('tells apart what moves the layout: a kind, a link turned round, where the parts split', () => {
    const ds = loadMini();
    const key = layoutKey(ds);
    const [first] = ds.nodes;
    const kind: GraphNode['kind'] = first!.kind === 'person' ? 'organisation' : 'person';
    const rekinded = { ...ds, nodes: ds.nodes.map((n, i) => (i === 0 ? { ...n, kind } : n)) };
    const turned = {
      ...ds,
      links: ds.links.map((l, i) => (i === 0 ? { ...l, source: l.target, target: l.source } : l)),
    };
    const relation = ds.links[0]!.relation === 'signed' ? 'mentions' : 'signed';
    const related = {
      ...ds,
      links: ds.links.map((l, i) => (i === 0 ? { ...l, relation } : l)),
    } as typeof ds;
    const keys = [key, layoutKey(rekinded), layoutKey(turned), layoutKey(related)];
    expect(new Set(keys).size).toBe(4);
    // The same characters split otherwise between an id and a kind, or a link's two ends.
    const a = { ...ds, nodes: [{ ...first!, id: 'ab' }], links: [] };
    const b = { ...ds, nodes: [{ ...first!, id: 'a' }], links: [] };
    expect(layoutKey(a)).not.toBe(layoutKey(b));
    const link = ds.links[0]!;
    const ends = (source: string, target: string) =>
      layoutKey({ ...ds, links: [{ ...link, source, target }] });
    expect(ends('ab', 'c')).not.toBe(ends('a', 'bc'));
  });

  it('gives 20,000 distinct one-actor datasets 20,000 distinct keys', () => {
    const ds = loadMini();
    const node = ds.nodes[0]!;
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      keys.add(layoutKey({ ...ds, nodes: [{ ...node, id: `actor-${i}` }], links: [] }));
    }
    expect(keys.size).toBe(20_000);
  });
});

describe('cachedPositions', () => {
  const ds = loadMini();
  const file = layoutFile(ds, computeLayout(ds));
  const cases: { name: string; raw: unknown; hit: boolean }[] = [
    { name: 'the file made for this dataset', raw: file, hit: true },
    { name: 'a round trip through JSON', raw: JSON.parse(JSON.stringify(file)), hit: true },
    { name: 'another dataset', raw: { ...file, key: '1:0:00000000' }, hit: false },
    { name: 'a node missing', raw: { ...file, positions: {} }, hit: false },
    {
      name: 'a non-finite coordinate',
      raw: { ...file, positions: { ...file.positions, [ds.nodes[0]!.id]: [null, 1] } },
      hit: false,
    },
    { name: 'not an object', raw: 'layout', hit: false },
    { name: 'null', raw: null, hit: false },
  ];
  for (const { name, raw, hit } of cases) {
    it(`${hit ? 'uses' : 'misses'} ${name}`, () => {
      const got = cachedPositions(ds, raw);
      expect(got === null).toBe(!hit);
      if (got) {
        expect(got.size).toBe(ds.nodes.length);
        const [x, y] = file.positions[ds.nodes[0]!.id]!;
        expect(got.get(ds.nodes[0]!.id)).toEqual({ x, y });
      }
    });
  }
});

describe('data/layout.json', () => {
  it('fits the committed dataset and equals a fresh layout to 1/100 px', () => {
    const ds = parseDataset(JSON.parse(readFileSync('data/coalition.json', 'utf8')));
    const cached = cachedPositions(ds, JSON.parse(readFileSync('data/layout.json', 'utf8')));
    expect(cached).not.toBeNull();
    const fresh = computeLayout(ds);
    for (const n of ds.nodes) {
      const a = cached!.get(n.id)!;
      const b = fresh.get(n.id)!;
      expect(Math.abs(a.x - b.x)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});
