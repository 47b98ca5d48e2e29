import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/lib/dataset/parse.ts';
import { nodeRadius } from '../../../src/lib/graph/encoding.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { computeLayout, createDragSimulation } from '../../../src/lib/graph/layout.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { loadMini } from './mini.ts';

/** A letter with many signatories and a second hub, like the real data but small. */
function star(signatories: number): Dataset {
  const mini = loadMini();
  const node = mini.nodes.find((n) => n.id === 'amnesty-international')!;
  const nodes = [
    { ...mini.nodes[0]! },
    { ...mini.nodes[1]! },
    ...Array.from({ length: signatories }, (_, i) => ({ ...node, id: `s${i}`, name: `S ${i}` })),
  ];
  const link = mini.links[0]!;
  const links = nodes
    .slice(2)
    .flatMap((n, i) => [
      { ...link, id: `${n.id}--signed--${nodes[0]!.id}`, source: n.id, target: nodes[0]!.id },
      ...(i % 10 === 0
        ? [{ ...link, id: `${n.id}--signed--${nodes[1]!.id}`, source: n.id, target: nodes[1]!.id }]
        : []),
    ]);
  return { ...mini, nodes, links };
}

describe.each([
  { name: 'the mini fixture', ds: loadMini() },
  { name: 'a 120-signatory letter', ds: star(120) },
])('computeLayout on $name', ({ ds }) => {
  const before = structuredClone(ds);
  const a = computeLayout(ds);
  const b = computeLayout(ds);
  const index = indexGraph(ds);

  it('does not mutate the dataset', () => expect(ds).toEqual(before));

  it('places every node at a finite position', () => {
    expect([...a.keys()]).toEqual(ds.nodes.map((n) => n.id));
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('is deterministic', () => {
    for (const [id, p] of a) {
      expect(Math.abs(p.x - b.get(id)!.x)).toBeLessThan(1e-9);
      expect(Math.abs(p.y - b.get(id)!.y)).toBeLessThan(1e-9);
    }
  });

  it('is centred on 0,0', () => {
    const ps = [...a.values()];
    expect(Math.abs(ps.reduce((s, p) => s + p.x, 0) / ps.length)).toBeLessThan(1e-6);
    expect(Math.abs(ps.reduce((s, p) => s + p.y, 0) / ps.length)).toBeLessThan(1e-6);
  });

  it('keeps nodes apart (no two closer than half the sum of their radii)', () => {
    const r = (id: string) => nodeRadius(index.degree.get(id)!, index.byId.get(id)!.kind);
    const ids = [...a.keys()];
    let worst = Infinity;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [p, q] = [a.get(ids[i]!)!, a.get(ids[j]!)!];
        const ratio = Math.hypot(p.x - q.x, p.y - q.y) / (r(ids[i]!) + r(ids[j]!));
        worst = Math.min(worst, ratio);
      }
    }
    expect(worst).toBeGreaterThan(0.5);
  });
});

describe('computeLayout shape', () => {
  it('puts signatories around their letter and the second letter apart', () => {
    const ds = star(120);
    const p = computeLayout(ds);
    const hub = p.get(ds.nodes[0]!.id)!;
    const other = p.get(ds.nodes[1]!.id)!;
    const dist = (id: string) => Math.hypot(p.get(id)!.x - hub.x, p.get(id)!.y - hub.y);
    const leafDistances = ds.nodes.slice(2).map((n) => dist(n.id));
    // A disc: every signatory within a few rings of the hub.
    expect(Math.max(...leafDistances)).toBeLessThan(220);
    expect(Math.hypot(other.x - hub.x, other.y - hub.y)).toBeGreaterThan(100);
  });

  it('honours the tick count deterministically', () => {
    const ds = loadMini();
    expect(computeLayout(ds, { ticks: 10 })).toEqual(computeLayout(ds, { ticks: 10 }));
    expect(computeLayout(ds, { ticks: 10 })).not.toEqual(computeLayout(ds, { ticks: 150 }));
  });
});

describe('createDragSimulation', () => {
  it('pins a dragged node, moves its neighbours a little, and releases', async () => {
    const ds = loadMini();
    const before = structuredClone(ds);
    const start = computeLayout(ds);
    const sim = createDragSimulation(ds, start);
    const frames: Map<string, { x: number; y: number }>[] = [];
    const off = sim.onTick((p) => frames.push(p));
    sim.drag('dolkun-isa', 500, 500);
    expect([...sim.pinned()]).toEqual(['dolkun-isa']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    sim.endDrag();
    off();
    sim.stop();
    const last = frames.at(-1)!;
    expect(frames.length).toBeGreaterThan(0);
    expect(last.get('dolkun-isa')).toEqual({ x: 500, y: 500 });
    // The neighbour is pulled towards the pinned node; a far node barely moves.
    const moved = (id: string) =>
      Math.hypot(last.get(id)!.x - start.get(id)!.x, last.get(id)!.y - start.get(id)!.y);
    expect(moved('world-uyghur-congress')).toBeGreaterThan(moved('wang-wenbin'));
    sim.releaseAll();
    sim.stop();
    expect(sim.pinned().size).toBe(0);
    expect(ds).toEqual(before);
  });
});

const realFile = new URL('../../../data/coalition.json', import.meta.url);
const real = existsSync(realFile);
if (!real)
  console.warn('data/coalition.json does not exist yet: skipping the real-data layout test.');

describe.skipIf(!real)('computeLayout on data/coalition.json', () => {
  it('is deterministic, finite and keeps every pair of nodes apart', () => {
    const ds = parseDatasetText(readFileSync(realFile, 'utf8'));
    const index = indexGraph(ds);
    const a = computeLayout(ds);
    expect(computeLayout(ds)).toEqual(a);
    const ids = [...a.keys()];
    const r = (id: string) => nodeRadius(index.degree.get(id)!, index.byId.get(id)!.kind);
    for (let i = 0; i < ids.length; i++) {
      const p = a.get(ids[i]!)!;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      for (let j = i + 1; j < ids.length; j++) {
        const q = a.get(ids[j]!)!;
        const gap = Math.hypot(p.x - q.x, p.y - q.y) / (r(ids[i]!) + r(ids[j]!));
        if (gap <= 0.5) expect.fail(`${ids[i]} and ${ids[j]} overlap (${gap.toFixed(2)})`);
      }
    }
  });
});
