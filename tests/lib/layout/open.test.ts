import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { layoutFile } from '../../../src/lib/graph/layout-cache.ts';
import { openLayout, WORKER_THRESHOLD } from '../../../src/lib/layout/open.ts';
import { carriedPositions } from '../../../src/lib/graph/layout-cache.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { loadMini } from '../graph/mini.ts';

describe('carriedPositions', () => {
  const ds = loadMini();
  const all = Object.fromEntries(ds.nodes.map((n, i) => [n.id, [i, i + 1] as [number, number]]));
  const cases = [
    { name: 'none carried', positions: undefined, size: null },
    { name: 'every node placed', positions: all, size: ds.nodes.length },
    { name: 'a node missing', positions: { ...all, [ds.nodes[0]!.id]: undefined }, size: null },
    {
      name: 'a coordinate not finite',
      positions: { ...all, [ds.nodes[1]!.id]: [NaN, 0] },
      size: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = carriedPositions({ ...ds, positions: c.positions as typeof all | undefined });
      expect(got?.size ?? null).toBe(c.size);
    });
  }

  it('passes the app’s gate with positions, and refuses a malformed pair', () => {
    const raw = JSON.parse(JSON.stringify({ ...ds, positions: all }));
    expect(parseDataset(raw).positions).toEqual(all);
    expect(() => parseDataset({ ...raw, positions: { a: [1] } })).toThrow('positions');
  });
});

describe('openLayout', () => {
  it('uses the carried positions first, then the prebuilt file, else computes', async () => {
    const ds = loadMini();
    const own = Object.fromEntries(ds.nodes.map((n) => [n.id, [1, 2] as [number, number]]));
    const carried = await openLayout({ ...ds, positions: own }, null);
    expect(carried.later).toBeNull();
    expect(carried.positions.get(ds.nodes[0]!.id)).toEqual({ x: 1, y: 2 });
    const file = layoutFile(ds, new Map(ds.nodes.map((n) => [n.id, { x: 5, y: 6 }])));
    expect((await openLayout(ds, file)).positions.get(ds.nodes[0]!.id)).toEqual({ x: 5, y: 6 });
    const computed = await openLayout(ds, null);
    expect(computed.positions).toEqual(computeLayout(ds));
  });

  it(`from ${WORKER_THRESHOLD} actors: the seeds at once, the settled layout later`, async () => {
    const ds = generateDataset({ nodes: WORKER_THRESHOLD, seed: 1 });
    const opened = await openLayout(ds, null);
    expect(opened.positions.size).toBe(WORKER_THRESHOLD);
    expect(opened.later).not.toBeNull();
    const settled = await opened.later!.settled;
    expect(settled.size).toBe(WORKER_THRESHOLD);
    expect(settled).not.toEqual(opened.positions);
  }, 60_000);
});
