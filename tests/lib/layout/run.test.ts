import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { layoutInWorker } from '../../../src/lib/layout/client.ts';
import { layoutRequest, unpackPositions } from '../../../src/lib/layout/protocol.ts';
import { layoutSteps, runLayout } from '../../../src/lib/layout/run.ts';
import { runSliced } from '../../../src/lib/schedule/slices.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import { loadMini } from '../graph/mini.ts';

/** Largest coordinate difference between two layouts of the same nodes. */
function maxDiff(
  a: Map<string, { x: number; y: number }>,
  b: Map<string, { x: number; y: number }>,
) {
  let d = 0;
  for (const [id, p] of a) {
    const q = b.get(id)!;
    d = Math.max(d, Math.abs(p.x - q.x), Math.abs(p.y - q.y));
  }
  return d;
}

describe('runLayout', () => {
  const cases = [
    { name: 'the mini dataset', ds: loadMini(), ticks: 150 },
    {
      name: 'a synthetic 300-node dataset',
      ds: generateDataset({ nodes: 300, seed: 2 }),
      ticks: 60,
    },
  ];
  for (const { name, ds, ticks } of cases) {
    it(`${name}: the same positions as computeLayout (to float32 precision)`, () => {
      const { request } = layoutRequest(ds, 1, 'k', { ticks });
      const worker = unpackPositions(request.ids, runLayout(request));
      const page = computeLayout(ds, { ticks });
      expect(worker.size).toBe(ds.nodes.length);
      expect(maxDiff(worker, page)).toBeLessThan(1e-3);
    });
  }

  it('reports the seeds first, then progress as the clock passes, never after the last tick', () => {
    const ds = generateDataset({ nodes: 120, seed: 1 });
    const { request } = layoutRequest(ds, 1, 'k', { ticks: 10, progressMs: 100 });
    let clock = 0;
    const phases: string[] = [];
    const settled = runLayout(
      request,
      (phase, p) => {
        expect(p).toHaveLength(ds.nodes.length * 2);
        phases.push(phase);
      },
      () => (clock += 60),
    );
    // The clock moves 60 ms per read: a report every second tick, 4 of them in 9 ticks.
    expect(phases).toEqual(['seed', 'progress', 'progress', 'progress', 'progress']);
    expect(settled).toHaveLength(ds.nodes.length * 2);
  });

  it('in slices (as the worker runs it, pausable between them): the same positions', async () => {
    const { request } = layoutRequest(generateDataset({ nodes: 200, seed: 3 }), 1, 'k', {
      ticks: 30,
    });
    let waits = 0;
    const sliced = await runSliced(
      layoutSteps(
        request,
        () => {},
        () => 0,
      ),
      0,
      () => {
        waits++;
        return Promise.resolve();
      },
    );
    expect(waits).toBe(30);
    expect(sliced).toEqual(runLayout(request));
  });

  it('centres every report on 0,0', () => {
    const { request } = layoutRequest(loadMini(), 1, 'k', { ticks: 5 });
    const reports: Float32Array[] = [];
    reports.push(runLayout(request, (_, p) => reports.push(p)));
    for (const p of reports) {
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < p.length; i += 2) {
        sx += p[i]!;
        sy += p[i + 1]!;
      }
      expect(Math.abs(sx / (p.length / 2))).toBeLessThan(1e-3);
      expect(Math.abs(sy / (p.length / 2))).toBeLessThan(1e-3);
    }
  });
});

describe('layoutInWorker without a Worker (Node)', () => {
  it('runs here: the seeds first, then the settled layout, equal to computeLayout', async () => {
    const ds = loadMini();
    const job = layoutInWorker(ds, { ticks: 150 });
    const first = await job.first;
    expect(first.settled).toBe(false);
    expect(first.positions.size).toBe(ds.nodes.length);
    const settled = await job.settled;
    expect(maxDiff(settled, computeLayout(ds))).toBeLessThan(1e-3);
  });
});

describe('LAYOUT_TICKS', () => {
  it('is the page layout’s DEFAULT_TICKS, so the worker draws the same picture', async () => {
    const { LAYOUT_TICKS } = await import('../../../src/lib/layout/client.ts');
    const { DEFAULT_TICKS } = await import('../../../src/lib/graph/layout.ts');
    expect(LAYOUT_TICKS).toBe(DEFAULT_TICKS);
  });
});
