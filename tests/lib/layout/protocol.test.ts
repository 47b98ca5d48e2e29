import { describe, expect, it } from 'vitest';
import {
  kindAt,
  layoutRequest,
  packPositions,
  unpackPositions,
} from '../../../src/lib/layout/protocol.ts';
import { loadMini } from '../graph/mini.ts';

describe('layoutRequest', () => {
  it('sends ids, kinds and links as node indices, and transfers the typed arrays', () => {
    const ds = loadMini();
    const before = JSON.stringify(ds);
    const { request, transfer } = layoutRequest(ds, 3, 'k', { ticks: 10 });
    expect(request.ids).toEqual(ds.nodes.map((n) => n.id));
    expect(request.ids.map((_, i) => kindAt(request, i))).toEqual(ds.nodes.map((n) => n.kind));
    expect(request.links).toHaveLength(ds.links.length * 2);
    const first = ds.links[0]!;
    expect(request.ids[request.links[0]!]).toBe(first.source);
    expect(request.ids[request.links[1]!]).toBe(first.target);
    expect(transfer).toEqual([request.kinds.buffer, request.links.buffer]);
    expect({ job: request.job, key: request.key, ticks: request.ticks }).toEqual({
      job: 3,
      key: 'k',
      ticks: 10,
    });
    expect(JSON.stringify(ds)).toBe(before);
  });

  it('leaves out a link to an unknown node', () => {
    const ds = loadMini();
    const broken = { ...ds, links: [{ ...ds.links[0]!, target: 'nobody' }, ...ds.links.slice(1)] };
    expect(layoutRequest(broken, 1, 'k', { ticks: 1 }).request.links).toHaveLength(
      (ds.links.length - 1) * 2,
    );
  });

  it('survives structured cloning, as a worker message does', () => {
    const { request } = layoutRequest(loadMini(), 1, 'k', { ticks: 1 });
    const copy = structuredClone(request);
    expect(copy.links).toBeInstanceOf(Uint32Array);
    expect([...copy.links]).toEqual([...request.links]);
  });
});

describe('packPositions / unpackPositions', () => {
  const cases = [
    {
      name: 'two nodes',
      ids: ['a', 'b'],
      map: { a: [1, 2], b: [-3.5, 4] },
      packed: [1, 2, -3.5, 4],
    },
    { name: 'a missing node at 0,0', ids: ['a', 'z'], map: { a: [1, 2] }, packed: [1, 2, 0, 0] },
    { name: 'none', ids: [], map: {}, packed: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const map = new Map(Object.entries(c.map).map(([id, [x, y]]) => [id, { x: x!, y: y! }]));
      const packed = packPositions(c.ids, map);
      expect(packed).toBeInstanceOf(Float32Array);
      expect([...packed]).toEqual(c.packed);
      const back = unpackPositions(c.ids, packed);
      expect([...back.keys()]).toEqual(c.ids);
    });
  }

  it('refuses positions for another number of nodes', () => {
    expect(() => unpackPositions(['a', 'b'], new Float32Array(2))).toThrow(
      'layout: 1 positions for 2 nodes',
    );
  });
});
